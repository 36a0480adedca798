using Bulwark.Scanners.Integrity.Tests.Support;

namespace Bulwark.Scanners.Integrity.Tests.Checking;

/// <summary>Logs may grow; shrinking, rewriting and rotating each mean something different.</summary>
public sealed class LogTests : IDisposable
{
    private const string Log = "/var/log/auth.log";
    private readonly ServerTree _tree = new();

    public LogTests()
    {
        _tree.Write(Log, string.Concat(Enumerable.Range(1, 200).Select(i => $"Nov 22 10:00:{i % 60:00} web-1 sshd[{i}]: Accepted publickey for alice\n")));
        Fim.Init(_tree.Target);
    }

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Appending_to_a_log_is_not_a_change()
    {
        _tree.Append(Log, "Nov 22 11:00:00 web-1 sshd[999]: Accepted publickey for bob\n");

        Assert.Empty(Fim.Check(_tree.Target).Findings);
    }

    [Fact]
    public void Editing_an_earlier_line_of_a_log_is_a_rewrite_even_when_it_grew()
    {
        var text = File.ReadAllText(_tree.Host(Log)).Replace("for alice\nNov 22 10:00:07", "for bob\nNov 22 10:00:07", StringComparison.Ordinal);
        File.WriteAllText(_tree.Host(Log), text + "Nov 22 11:00:00 web-1 sshd[999]: more\n");

        var finding = Assert.Single(Fim.Check(_tree.Target).Findings);

        Assert.Equal("log-rewritten", finding.Change!.Kind);
        Assert.Equal(Sdk.Severity.High, finding.Severity);
    }

    [Fact]
    public void Removing_lines_from_a_log_is_a_shrink()
    {
        var lines = File.ReadAllLines(_tree.Host(Log));
        File.WriteAllLines(_tree.Host(Log), lines.Where(l => !l.Contains("sshd[42]", StringComparison.Ordinal)));

        Assert.Equal([("log-shrunk", Log)], Fim.Check(_tree.Target).Changes);
    }

    [Fact]
    public void Rotation_by_rename_and_create_is_a_rotation_not_a_shrink()
    {
        File.Move(_tree.Host(Log), _tree.Host(Log + ".1"));
        _tree.Write(Log, "Nov 23 00:00:01 web-1 sshd[1]: new day\n");

        var finding = Assert.Single(Fim.Check(_tree.Target).Findings);

        Assert.Equal("log-rotated", finding.Change!.Kind);
        Assert.Equal(Sdk.Severity.Info, finding.Severity);
        Assert.Contains(finding.Change.Details, d => d.Name == "rotated-to" && d.New == Log + ".1");
    }

    [Fact]
    public void Rotation_by_copy_and_truncate_is_a_rotation_too()
    {
        File.Copy(_tree.Host(Log), _tree.Host(Log + ".1"));
        _tree.Append(Log + ".1", "Nov 22 23:59:59 web-1 sshd[5]: written between copy and truncate\n");
        File.WriteAllText(_tree.Host(Log), "");

        Assert.Equal([("log-rotated", Log)], Fim.Check(_tree.Target).Changes);
    }

    [Fact]
    public void A_rotated_copy_that_was_tampered_with_does_not_excuse_the_shrink()
    {
        var text = File.ReadAllText(_tree.Host(Log));
        File.WriteAllText(_tree.Host(Log + ".1"), text.Replace("alice", "alicX", StringComparison.Ordinal));
        File.WriteAllText(_tree.Host(Log), "");

        Assert.Equal([("added", Log + ".1"), ("log-shrunk", Log)], Fim.Check(_tree.Target).Changes);
    }

    [Fact]
    public void A_log_changing_owner_is_still_reported()
    {
        _tree.Owner(Log, 1000, 4);

        Assert.Equal([("owner", Log)], Fim.Check(_tree.Target).Changes);
    }
}
