using Bulwark.Ledger.Shipping;

namespace Bulwark.Ledger.Tests.Shipping;

/// <summary>Reading target specs: what each becomes, and the problem each bad one gets.</summary>
public sealed class ShipTargetsTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("syslog+tcp://logs.example.com:1514", "syslog+tcp://logs.example.com:1514", false)]
    [InlineData("syslog+tcp://logs.example.com", "syslog+tcp://logs.example.com:514", false)]
    [InlineData("SYSLOG+TLS://logs.example.com", "syslog+tls://logs.example.com:6514", false)]
    [InlineData("syslog+tcp://[::1]:5140", "syslog+tcp://[::1]:5140", false)]
    [InlineData("hec+https://splunk.example.com", "hec+https://splunk.example.com:8088/services/collector/event", true)]
    [InlineData("hec+http://splunk.example.com:8000/proxy/", "hec+http://splunk.example.com:8000/proxy/services/collector/event", true)]
    [InlineData("webhook+https://hooks.example.com/audit?key=abc", "webhook+https://hooks.example.com/audit", true)]
    public void A_spec_becomes_a_target_whose_cursor_name_carries_no_query_or_credentials(string spec, string expected, bool acknowledges)
    {
        var target = ShipTargets.Parse(spec, new() { HecToken = "t", WebhookSecret = "s" }).Value!;

        Assert.Equal(expected, target.Spec);
        Assert.Equal(acknowledges, target.AcknowledgesDelivery);
    }

    [Fact]
    public void A_plain_path_and_a_file_url_name_the_same_target()
    {
        var plain = ShipTargets.Parse(_dir.Path("out.jsonl")).Value!;
        var url = ShipTargets.Parse("file://" + _dir.Path("out.jsonl")).Value!;

        Assert.Equal(plain.Spec, url.Spec);
        Assert.StartsWith("file:///", plain.Spec);
    }

    [Theory]
    [InlineData("", "ship target: no target given; use syslog+tcp://host:port, syslog+tls://host:port, hec+https://host:port, webhook+https://host/path, or file:///path")]
    [InlineData("ftp://logs.example.com", "ship target: unknown target type 'ftp'; use syslog+tcp://host:port, syslog+tls://host:port, hec+https://host:port, webhook+https://host/path, or file:///path")]
    [InlineData("syslog+tcp://logs.example.com:514/x", "ship target: a syslog target is host:port only, as in syslog+tcp://logs.example.com:514")]
    [InlineData("hec+https://splunk.example.com", "ship target: a Splunk HEC target needs a token: --hec-token or BULWARK_HEC_TOKEN")]
    [InlineData("webhook+https://hooks.example.com/x", "ship target: a webhook target needs an HMAC secret: --webhook-secret or BULWARK_WEBHOOK_SECRET")]
    [InlineData("hec+https://admin:hunter2@splunk.example.com", "ship target: credentials in the hec+https URL are refused; give them with --hec-token/BULWARK_HEC_TOKEN or --webhook-secret/BULWARK_WEBHOOK_SECRET")]
    [InlineData("file://logs.example.com/audit.jsonl", "ship target: a file URL takes an absolute path, as in file:///var/log/bulwark/ledger.jsonl")]
    [InlineData("/no/such/folder/out.jsonl", "ship target: the folder /no/such/folder does not exist")]
    public void A_bad_spec_is_a_problem_that_says_what_would_be_right(string spec, string problem)
    {
        var parsed = ShipTargets.Parse(spec, new() { Environment = _ => null });

        Assert.Equal(problem, Assert.Single(parsed.Problems).ToString());
    }

    [Fact]
    public void A_ca_file_without_certificates_is_a_problem_of_the_ca_option()
    {
        File.WriteAllText(_dir.Path("ca.pem"), "not a certificate");

        var parsed = ShipTargets.Parse("syslog+tls://logs.example.com", new() { CaFile = _dir.Path("ca.pem") });

        Assert.Equal($"--ca {_dir.Path("ca.pem")}: holds no PEM certificate (-----BEGIN CERTIFICATE-----)", Assert.Single(parsed.Problems).ToString());
    }

    [Fact]
    public void Printing_the_options_never_prints_a_secret()
    {
        var options = new ShipTargetOptions { HecToken = "hec-secret", WebhookSecret = "hook-secret" };

        Assert.DoesNotContain("secret", options.ToString());
    }
}
