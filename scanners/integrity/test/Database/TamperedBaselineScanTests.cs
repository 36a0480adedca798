using Bulwark.Scanners.Integrity.Database;
using static Bulwark.Scanners.Integrity.Tests.Database.BaselineSamples;

namespace Bulwark.Scanners.Integrity.Tests.Database;

/// <summary><c>fim check</c> against a baseline that fails its signature reports that, and not one change.</summary>
public sealed class TamperedBaselineScanTests : IDisposable
{
    private readonly SmallHost _host = new();

    public TamperedBaselineScanTests()
    {
        try
        {
            _host.Init();
            _host.Write("/etc/motd", "Welcome, attacker.\n");
        }
        catch
        {
            _host.Dispose();
            throw;
        }
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public void An_intact_baseline_reports_the_changed_file()
    {
        var sink = Check();

        Assert.Empty(sink.Errors);
        Assert.Contains(sink.Findings, f => f.Location.Path == "/etc/motd");
    }

    [Fact]
    public void A_baseline_with_one_flipped_byte_is_refused_before_anything_is_compared()
    {
        var bytes = File.ReadAllBytes(_host.Db);
        bytes[bytes.Length / 2] ^= 1;
        File.WriteAllBytes(_host.Db, bytes);

        var sink = Check();

        Assert.Empty(sink.Findings);
        var (path, message) = Assert.Single(sink.Errors);
        Assert.Equal(_host.Db, path);
        Assert.Contains("modified after it was signed", message);
    }

    [Fact]
    public void A_baseline_signed_by_a_key_other_than_the_one_beside_it_yields_an_error_and_no_findings()
    {
        using var other = NewKey();
        File.WriteAllText(_host.Db + ".pub", PublicPem(other));

        var sink = Check();

        Assert.Empty(sink.Findings);
        Assert.Contains("another key", Assert.Single(sink.Errors).Message);
    }

    [Fact]
    public void A_baseline_cut_short_yields_an_error_and_no_findings()
    {
        var bytes = File.ReadAllBytes(_host.Db);
        File.WriteAllBytes(_host.Db, bytes[..100]);

        var sink = Check();

        Assert.Empty(sink.Findings);
        Assert.Contains("truncated", Assert.Single(sink.Errors).Message);
    }

    [Fact]
    public void A_check_without_a_key_yields_an_error_and_no_findings()
    {
        File.Delete(_host.Db + ".pub");
        File.Delete(_host.Db + ".key");

        var sink = Check();

        Assert.Empty(sink.Findings);
        Assert.Contains("no key to check", Assert.Single(sink.Errors).Message);
    }

    private RecordingSink Check()
    {
        var module = new IntegrityModule();
        var scanner = new IntegrityScanner(module.Info, module.BuiltInRules, _host.Target);
        var sink = new RecordingSink();
        scanner.FinishAsync(sink, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return sink;
    }
}
