namespace Bulwark.Cli.Tests;

public class LedgerCommandTests
{
    private static TempProject LedgerWithEntries(int count)
    {
        var project = new TempProject();
        Assert.Equal(0, CliRun.Of(project.Root, "ledger", "init", "--origin", "cli.example/audit").ExitCode);
        for (var n = 0; n < count; n++)
        {
            var run = CliRun.Of(project.Root, "ledger", "append", "--actor", n % 2 == 0 ? "alice" : "bob", "--auth", "ldap", "--action", "ignore.added", "--subject", $"fp{n:D4}", "--reason", $"ticket SEC-{n}");
            Assert.True(run.ExitCode == 0, run.ToString());
        }

        return project;
    }

    [Fact]
    public void Show_answers_who_did_what_when_and_why_with_filters()
    {
        using var project = LedgerWithEntries(4);
        var all = CliRun.Of(project.Root, "ledger", "show");
        Assert.Contains("alice (ldap) ignore.added fp0000  — ticket SEC-0", all.Output);
        Assert.Contains("4 of 4 entries", all.Output);
        Assert.Contains("2 of 4 entries", CliRun.Of(project.Root, "ledger", "show", "--actor", "bob").Output);
        Assert.Contains("0 of 4 entries", CliRun.Of(project.Root, "ledger", "show", "--action", "fim").Output);
        Assert.Contains("4 of 4 entries", CliRun.Of(project.Root, "ledger", "show", "--since", "1h").Output);
        Assert.Equal(2, CliRun.Of(project.Root, "ledger", "show", "--since", "yesterday-ish").ExitCode);
    }

    [Fact]
    public void A_state_changing_append_without_a_reason_is_refused_with_exit_two()
    {
        using var project = LedgerWithEntries(0);
        var run = CliRun.Of(project.Root, "ledger", "append", "--action", "fim.baseline.accepted", "--subject", "/etc");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("reason is mandatory", run.Error);
    }

    [Fact]
    public void A_proof_verifies_offline_and_a_doctored_proof_does_not()
    {
        using var project = LedgerWithEntries(9);
        Assert.Equal(0, CliRun.Of(project.Root, "ledger", "checkpoint").ExitCode);
        Assert.Equal(0, CliRun.Of(project.Root, "ledger", "prove", "5", "--out", "p.json").ExitCode);
        var proven = CliRun.Of(project.Root, "ledger", "verify", "--proof", "p.json");
        Assert.Equal(0, proven.ExitCode);
        Assert.Contains("proven: entry 5 of 9: bob ignore.added fp0005", proven.Output);
        project.Write("p.json", project.Read("p.json").Replace("fp0005", "fp9999", StringComparison.Ordinal));
        var doctored = CliRun.Of(project.Root, "ledger", "verify", "--proof", "p.json");
        Assert.Equal(1, doctored.ExitCode);
        Assert.Contains("NOT proven", doctored.Output);
    }

    [Fact]
    public void Proving_an_entry_no_checkpoint_covers_says_what_to_do()
    {
        using var project = LedgerWithEntries(2);
        var run = CliRun.Of(project.Root, "ledger", "prove", "1");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("ledger checkpoint", run.Error);
    }

    [Fact]
    public void Verify_reports_an_edited_entry_with_exit_one()
    {
        using var project = LedgerWithEntries(6);
        CliRun.Of(project.Root, "ledger", "checkpoint");
        var bytes = File.ReadAllBytes(project.Path("audit.ledger"));
        var at = System.Text.Encoding.UTF8.GetString(bytes).IndexOf("fp0003", StringComparison.Ordinal);
        bytes[at + 5] = (byte)'9';
        File.WriteAllBytes(project.Path("audit.ledger"), bytes);
        var run = CliRun.Of(project.Root, "ledger", "verify");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("TAMPERED DamagedRecord: entry 3, byte", run.Output);
        Assert.Contains("verdict: TAMPERED", run.Output);
    }

    [Fact]
    public void Bad_inputs_are_usage_errors_that_name_what_failed()
    {
        using var project = LedgerWithEntries(1);
        project.Write("not-a-ledger", "hello\n");
        project.Write("bad.checkpoint", "not a checkpoint\n");
        var notLedger = CliRun.Of(project.Root, "ledger", "verify", "--ledger", "not-a-ledger", "--key", "audit.ledger.key.pub");
        Assert.Equal(2, notLedger.ExitCode);
        Assert.Contains("not a Bulwark ledger", notLedger.Error);
        var wrongKey = CliRun.Of(project.Root, "ledger", "verify", "--key", "audit.ledger.key");
        Assert.Equal(2, wrongKey.ExitCode);
        Assert.Contains("private key", wrongKey.Error);
        var badCheckpoint = CliRun.Of(project.Root, "ledger", "verify", "--trusted-checkpoint", "bad.checkpoint");
        Assert.Equal(2, badCheckpoint.ExitCode);
        Assert.Contains("bad.checkpoint", badCheckpoint.Error);
        Assert.DoesNotContain("   at ", notLedger.Error + wrongKey.Error + badCheckpoint.Error);
    }

    [Fact]
    public void A_witness_co_signs_growth_and_refuses_a_rolled_back_log()
    {
        using var project = LedgerWithEntries(3);
        Assert.Equal(0, CliRun.Of(project.Root, "ledger", "init", "--ledger", "witness-keyring", "--key", "witness.key", "--origin", "witness.example/w1").ExitCode);
        CliRun.Of(project.Root, "ledger", "checkpoint");
        var witness = new[] { "ledger", "witness", "--key", "witness.key", "--log-key", "audit.ledger.key.pub", "--state", "witness.state" };
        var first = CliRun.Of(project.Root, witness);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("trusted on first use", first.Error);
        Assert.Contains("— witness.example/w1 ", first.Output);

        var saved = File.ReadAllBytes(project.Path("audit.ledger"));
        CliRun.Of(project.Root, "ledger", "append", "--actor", "carol", "--action", "ignore.removed", "--subject", "fp0001", "--reason", "fixed");
        CliRun.Of(project.Root, "ledger", "checkpoint");
        Assert.Equal(0, CliRun.Of(project.Root, witness).ExitCode);

        // Roll the log back to the older copy: the witness, which saw 4 entries, must refuse 3.
        foreach (var cache in new[] { ".idx", ".cps", ".tree" })
        {
            File.Delete(project.Path("audit.ledger" + cache));
        }

        File.WriteAllBytes(project.Path("audit.ledger"), saved);
        CliRun.Of(project.Root, "ledger", "checkpoint");
        var refused = CliRun.Of(project.Root, witness);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("refused to co-sign", refused.Error);
    }

    [Fact]
    public void Shipping_to_a_file_on_another_mount_arrives_whole_and_resumes_from_its_cursor()
    {
        using var project = LedgerWithEntries(5);
        CliRun.Of(project.Root, "ledger", "checkpoint");
        var target = "file://" + project.Path("remote/audit.jsonl");
        Directory.CreateDirectory(project.Path("remote"));
        var first = CliRun.Of(project.Root, "ledger", "ship", "--to", target, "--batch", "2");
        Assert.True(first.ExitCode == 0, first.ToString());
        CliRun.Of(project.Root, "ledger", "append", "--actor", "dave", "--action", "ignore.added", "--subject", "fp0100", "--reason", "later");
        CliRun.Of(project.Root, "ledger", "checkpoint");
        Assert.Equal(0, CliRun.Of(project.Root, "ledger", "ship", "--to", target).ExitCode);
        var check = CliRun.Of(project.Root, "ledger", "ship", "--check", "remote/audit.jsonl", "--key", "audit.ledger.key.pub");
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("nothing dropped up to entry 5", check.Output);
        var lines = File.ReadAllLines(project.Path("remote/audit.jsonl")).Where(l => !l.Contains("fp0002", StringComparison.Ordinal));
        File.WriteAllLines(project.Path("remote/audit.jsonl"), lines);
        Assert.Equal(1, CliRun.Of(project.Root, "ledger", "ship", "--check", "remote/audit.jsonl", "--key", "audit.ledger.key.pub").ExitCode);
    }

    [Fact]
    public void Changing_the_ignore_file_through_the_cli_is_recorded_in_the_ledger()
    {
        using var project = LedgerWithEntries(0);
        var fingerprint = "0123456789abcdef0123456789abcdef";
        var add = CliRun.Of(project.Root, "ignore", "add", fingerprint, "--reason", "test key, revoked", "--expires", "2027-01-31", "--ledger", "audit.ledger");
        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.Contains($"{fingerprint} expires:2027-01-31 test key, revoked", project.Read(".bulwarkignore"));
        Assert.Equal(2, CliRun.Of(project.Root, "ignore", "add", fingerprint, "--reason", "again", "--ledger", "audit.ledger").ExitCode);
        Assert.Equal(0, CliRun.Of(project.Root, "ignore", "remove", fingerprint, "--reason", "rotated", "--ledger", "audit.ledger").ExitCode);
        var shown = CliRun.Of(project.Root, "ledger", "show").Output;
        Assert.Contains($"ignore.added {fingerprint}  — test key, revoked", shown);
        Assert.Contains($"ignore.removed {fingerprint}  — rotated", shown);
        Assert.DoesNotContain(fingerprint, project.Read(".bulwarkignore"));
    }

    [Fact]
    public void Streamed_events_are_checkpointed_periodically_and_at_the_end_and_a_bad_line_keeps_what_came_before()
    {
        using var project = LedgerWithEntries(0);
        var lines = string.Concat(Enumerable.Range(0, 250).Select(n => $$"""{"action":"fim.baseline.accepted","subject":"/etc/f{{n}}","reason":"r{{n}}"}""" + "\n"));
        var run = CliRun.WithInput(project.Root, lines, "ledger", "append", "--actor", "svc-fim", "--key", "audit.ledger.key", "--checkpoint-every", "100");
        Assert.True(run.ExitCode == 0, run.ToString());
        var verify = CliRun.Of(project.Root, "ledger", "verify");
        Assert.Contains("250 entries, 3 checkpoints verified (latest covers 250)", verify.Output);

        var bad = CliRun.WithInput(project.Root, "{\"action\":\"x.added\",\"subject\":\"a\",\"reason\":\"ok\"}\n{\"action\":\"x.added\"}\n", "ledger", "append");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("stdin line 2: missing subject (the 1 events before it were appended)", bad.Error);
        Assert.Contains("251 of 251 entries", CliRun.Of(project.Root, "ledger", "show").Output);
    }
}
