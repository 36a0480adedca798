namespace Bulwark.Cli.Tests;

/// <summary>`bulwark fim` end to end: init, check with the scan's report options, update with a reason and the ledger, tampering.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class FimCommandTests : IDisposable
{
    private readonly TempProject _project = new();

    public FimCommandTests()
    {
        _project.Write("root/etc/passwd", "root:x:0:0:root:/root:/bin/bash\n");
        _project.Write("root/etc/ssh/sshd_config", "PermitRootLogin no\n");
        _project.Write("root/usr/bin/tool", "#!/bin/sh\n");
        File.SetUnixFileMode(_project.Path("root/usr/bin/tool"), (UnixFileMode)0b111_101_101);
        _project.Write("root/var/log/auth.log", "Nov 22 10:00:00 web-1 sshd[1]: started\n");
    }

    public void Dispose() => _project.Dispose();

    [Fact]
    public void Init_then_check_of_an_untouched_root_passes()
    {
        var init = Fim("init");
        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.Contains("a new key pair", init.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(_project.Path("fim.db.key")) && File.Exists(_project.Path("fim.db.pub")));

        var check = Fim("check", "--format", "json");

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Equal(0, check.Json().GetProperty("changes").GetArrayLength());
    }

    [Fact]
    public void Check_reports_changes_in_json_with_the_gate_and_extra_outputs_like_a_scan()
    {
        Assert.Equal(0, Fim("init").ExitCode);
        File.AppendAllText(_project.Path("root/etc/passwd"), "toor:x:0:0::/root:/bin/bash\n");
        File.SetUnixFileMode(_project.Path("root/usr/bin/tool"), (UnixFileMode)0b100_111_101_101);

        var check = Fim("check", "--format", "json", "--output", "sarif=fim.sarif");
        var relaxed = Fim("check", "--fail-on", "critical", "--quiet");

        Assert.True(check.ExitCode == 1, check.ToString());
        var changes = check.Json().GetProperty("changes").EnumerateArray().Select(c => (c.GetProperty("kind").GetString(), c.GetProperty("path").GetString())).ToList();
        Assert.Equal([("new-suid", "/usr/bin/tool"), ("new-user", "/etc/passwd")], changes.Order().ToList());
        Assert.Contains("integrity/new-user", _project.Read("fim.sarif"), StringComparison.Ordinal);
        Assert.Equal(0, relaxed.ExitCode);
    }

    [Fact]
    public void A_tampered_baseline_stops_the_check_before_anything_is_compared()
    {
        Assert.Equal(0, Fim("init").ExitCode);
        var bytes = File.ReadAllBytes(_project.Path("fim.db"));
        bytes[bytes.Length / 2] ^= 0x20;
        File.WriteAllBytes(_project.Path("fim.db"), bytes);
        File.AppendAllText(_project.Path("root/etc/passwd"), "toor:x:0:0::/root:/bin/bash\n");

        var check = Fim("check", "--format", "json");

        Assert.Equal(3, check.ExitCode);
        Assert.Empty(check.Output);
        Assert.Contains("was modified after it was signed", check.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_needs_a_reason_and_records_who_accepted_what_in_the_ledger()
    {
        Assert.Equal(0, CliRun.Of(_project.Root, "ledger", "init", "--origin", "cli.example/fim").ExitCode);
        Assert.Equal(0, Fim("init", "--ledger", "audit.ledger").ExitCode);
        File.AppendAllText(_project.Path("root/etc/passwd"), "bob:x:1001:1001::/home/bob:/bin/bash\n");

        var withoutReason = Fim("update");
        var update = Fim("update", "--reason", "OPS-12 bob joins", "--ledger", "audit.ledger");
        var shown = CliRun.Of(_project.Root, "ledger", "show", "--action", "fim");

        Assert.Equal(2, withoutReason.ExitCode);
        Assert.True(update.ExitCode == 0, update.ToString());
        Assert.True(update.Error.Contains("1 new-user", StringComparison.Ordinal), update.ToString());
        Assert.True(shown.Output.Contains("fim.baseline.recorded", StringComparison.Ordinal), shown.ToString());
        Assert.Contains("fim.baseline.accepted", shown.Output, StringComparison.Ordinal);
        Assert.Contains("OPS-12 bob joins", shown.Output, StringComparison.Ordinal);
        Assert.Equal(0, Fim("check").ExitCode);
    }

    [Fact]
    public void A_bad_policy_file_is_a_usage_error_naming_its_line()
    {
        _project.Write("policy.yaml", "rules:\n  - path: /etc\n    group: contents\n");

        var init = Fim("init", "--config", "policy.yaml");

        Assert.Equal(2, init.ExitCode);
        Assert.Contains("policy.yaml:3: unknown group 'contents'", init.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_project.Path("fim.db")));
    }

    [Fact]
    public void Checking_without_a_baseline_says_how_to_make_one()
    {
        var check = Fim("check");

        Assert.Equal(3, check.ExitCode);
        Assert.Contains("bulwark fim init", check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Watch_refuses_a_bad_interval_and_a_tampered_baseline_before_it_starts_watching()
    {
        Assert.Equal(0, Fim("init").ExitCode);
        File.AppendAllText(_project.Path("fim.db"), "appended");

        var badInterval = Fim("watch", "--interval", "5x");
        var tampered = Fim("watch", "--interval", "0");

        Assert.Equal(2, badInterval.ExitCode);
        Assert.Contains("--interval: '5x' is not a duration", badInterval.Error, StringComparison.Ordinal);
        Assert.Equal(3, tampered.ExitCode);
        Assert.Contains("no signature at its end", tampered.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_refuses_to_sign_with_a_new_key_when_the_private_key_is_gone()
    {
        Assert.Equal(0, Fim("init").ExitCode);
        File.Delete(_project.Path("fim.db.key"));
        var trusted = _project.Read("fim.db.pub");

        var update = Fim("update", "--reason", "rotate nothing");

        Assert.Equal(2, update.ExitCode);
        Assert.Contains("give the baseline's private key with --key", update.Error, StringComparison.Ordinal);
        Assert.Equal(trusted, _project.Read("fim.db.pub"));
    }

    private CliRun Fim(string verb, params string[] args) =>
        CliRun.Of(_project.Root, ["fim", verb, "--root", "root", "--db", "fim.db", .. args]);
}
