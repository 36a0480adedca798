using Bulwark.Rules;
using Bulwark.Scanners.Host.Checks;
using Bulwark.Scanners.Host.Files;
using Bulwark.Scanners.Host.Model;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Host.Tests.Checks;

public sealed class ShadowAgeingCheckTests : IDisposable
{
    private const string Hash = "$6$saltsalt$0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijkl";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "bulwark-shadow-" + Guid.NewGuid().ToString("N")[..12]);

    public ShadowAgeingCheckTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "etc"));
        File.WriteAllText(Path.Combine(_root, "etc/shadow"), $"""
            root:{Hash}:19700:1:365:7:45::
            daemon:*:19700:0:99999:7:::
            locked:!{Hash}:19700:0:99999:7:::
            alice:{Hash}:19700:0:99999:7:::
            bob:{Hash}:99999:1:90:14:30::
            nopass::19700:0:99999:7:::

            """);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Only_accounts_with_a_usable_password_count_and_the_evidence_names_the_account_never_the_hash()
    {
        var outcome = Evaluate("shadow: max-days\ncompare: \"<= 365\"\n");

        Assert.Equal(CheckStatus.Fail, outcome.Status);
        var evidence = Assert.Single(outcome.Evidence);
        Assert.Equal(("/etc/shadow", 4, "account alice: maximum password age 99999"), (evidence.File, evidence.Line, evidence.Found));
        Assert.DoesNotContain(Hash, outcome.Message, StringComparison.Ordinal);
        Assert.StartsWith("1 of 3 accounts with a password", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unset_inactive_field_fails_and_a_change_date_in_the_future_is_caught()
    {
        Assert.Equal(["account alice: inactive days after expiry not set"], Evaluate("shadow: inactive\ncompare: \"<= 45\"\n").Evidence.Select(e => e.Found));
        Assert.Equal(["account bob: last password change 99999"], Evaluate("shadow: last-change\n").Evidence.Select(e => e.Found));
    }

    private CheckOutcome Evaluate(string yaml)
    {
        var problems = new List<ConfigProblem>();
        var check = CheckParser.Parse(YamlMap.From(YamlSource.Parse("t.yaml", yaml).Value!, "t.yaml", problems, "check")!);
        Assert.Empty(problems);
        return check!.Evaluate(new CheckContext(RootedHostFiles.ForRoot(_root), []));
    }
}
