using System.Net;
using System.Text.Json;
using Bulwark.Cli.Commands.Detect;
using Bulwark.Sdk;

namespace Bulwark.Cli.Tests;

/// <summary>Where live detections go (standard output, the ledger, a webhook), and the live mode's refusals.</summary>
public sealed class DetectLiveTests : IDisposable
{
    private readonly TempProject _project = new();

    public DetectLiveTests() => _project.Write("rules/ssh.yml", "title: Failed SSH password\nid: 7d0c1a2b-0000-4000-8000-000000000009\nlevel: medium\nlogsource: { product: linux, service: sshd }\ndetection:\n  keywords: ['Failed password']\n  condition: keywords\n");

    public void Dispose() => _project.Dispose();

    [Fact]
    public async Task A_live_detection_is_a_json_line_a_ledger_entry_and_a_webhook_post()
    {
        Assert.Equal(0, CliRun.Of(_project.Root, "ledger", "init", "--origin", "cli.example/detect").ExitCode);
        using var hook = new HttpListener();
        var port = FreePort();
        hook.Prefixes.Add($"http://127.0.0.1:{port}/hook/");
        hook.Start();
        var received = Task.Run(() =>
        {
            var context = hook.GetContext();
            using var reader = new StreamReader(context.Request.InputStream);
            var body = reader.ReadToEnd();
            context.Response.StatusCode = 204;
            context.Response.Close();
            return body;
        });
        var output = new StringWriter();
        var ledger = Bulwark.Ledger.Ledger.Open(_project.Path("audit.ledger"), writable: true).Value!;

        using (ledger)
        using (var outlets = new DetectionOutlets(output, TextWriter.Null, json: true, ledger, new Uri($"http://127.0.0.1:{port}/hook/")))
        {
            outlets.Report(Detection());
        }

        var line = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal("7d0c1a2b-0000-4000-8000-000000000009", line.GetProperty("ruleId").GetString());
        Assert.Equal("auth.log", line.GetProperty("events")[0].GetProperty("file").GetString());
        var body = await received.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("7d0c1a2b-0000-4000-8000-000000000009", JsonDocument.Parse(body).RootElement.GetProperty("ruleId").GetString());
        var shown = CliRun.Of(_project.Root, "ledger", "show", "--action", "detection");
        Assert.Contains("detection.raised 7d0c1a2b-0000-4000-8000-000000000009", shown.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_webhook_that_stays_down_costs_a_warning_not_the_detection()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        using (var outlets = new DetectionOutlets(output, error, json: false, ledger: null, new Uri($"http://127.0.0.1:{FreePort()}/down"), [TimeSpan.Zero, TimeSpan.Zero]))
        {
            outlets.Report(Detection());
            Assert.Equal(1, outlets.Undelivered);
        }

        Assert.Contains("Failed SSH password [7d0c1a2b-0000-4000-8000-000000000009] at auth.log:3", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("did not take a detection", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Live_mode_refuses_an_address_it_cannot_listen_on_and_a_run_with_nothing_to_read()
    {
        var badAddress = CliRun.Of(_project.Root, "detect", "--rules", "rules", "--listen", "udp://203.0.113.300:5514");
        var nothing = CliRun.Of(_project.Root, "detect", "--rules", "rules");

        Assert.Equal(2, badAddress.ExitCode);
        Assert.Contains("--listen udp://203.0.113.300:5514", badAddress.Error, StringComparison.Ordinal);
        Assert.Equal(2, nothing.ExitCode);
        Assert.Contains("--listen", nothing.Error, StringComparison.Ordinal);
    }

    private static Finding Detection() => new()
    {
        Scanner = "detection",
        RuleId = "7d0c1a2b-0000-4000-8000-000000000009",
        Severity = Severity.Medium,
        Title = "Failed SSH password",
        Message = "Failed SSH password: Failed password for root from 203.0.113.9",
        Location = new Location("auth.log", 3, 3),
        Fingerprint = "f",
        Detection = new FindingDetection { Level = "medium", Events = [new DetectedEvent("auth.log", 3, null, new Dictionary<string, string> { ["src_ip"] = "203.0.113.9" })] },
    };

    private static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
