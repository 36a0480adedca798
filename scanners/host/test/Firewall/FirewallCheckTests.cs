using Bulwark.Scanners.Host.Firewall;
using Bulwark.Scanners.Host.Model;
using Bulwark.Scanners.Host.Tests.Accounts;

namespace Bulwark.Scanners.Host.Tests.Firewall;

public sealed class FirewallCheckTests : IDisposable
{
    private const string DropConfig = """
        #!/usr/sbin/nft -f
        flush ruleset

        table inet filter {
            chain input {
                type filter hook input priority filter;
                policy drop;
                ct state established,related accept
                tcp dport { 22, 443 } accept
            }
            chain output {
                type filter hook output priority filter; policy accept;
            }
        }

        """;

    private readonly HostTree _tree = new();

    private static string? NoCommands(string name) => null;

    private CheckOutcome Evaluate(Func<string, string?>? commands = null) => FirewallCheck.Evaluate(_tree.Files, commands ?? NoCommands);

    // As systemctl enable leaves it: the packaged unit file, and a link to it in a target's wants folder.
    private HostTree Enable(string unit) => _tree.Write($"/lib/systemd/system/{unit}", "[Unit]\nDescription=packaged unit\n")
        .Link($"/etc/systemd/system/multi-user.target.wants/{unit}", $"/lib/systemd/system/{unit}");

    [Fact]
    public void An_enabled_nftables_with_a_dropping_input_chain_passes_pointing_at_the_policy_line()
    {
        _tree.Write("/etc/nftables.conf", DropConfig);
        Enable("nftables.service");

        var outcome = Evaluate();

        Assert.Equal(CheckStatus.Pass, outcome.Status);
        Assert.Equal(("/etc/nftables.conf", 7), (outcome.Evidence[0].File, outcome.Evidence[0].Line));
        Assert.Contains("inet filter input", outcome.Evidence[0].Found, StringComparison.Ordinal);
    }

    [Fact]
    public void An_nftables_configuration_that_is_not_enabled_does_not_count()
    {
        _tree.Write("/etc/nftables.conf", DropConfig);

        var outcome = Evaluate();

        Assert.Equal(CheckStatus.Fail, outcome.Status);
        Assert.Contains(outcome.Evidence, evidence => evidence.Found.Contains("nftables.service is not enabled", StringComparison.Ordinal));
    }

    [Fact]
    public void An_accepting_input_chain_fails()
    {
        _tree.Write("/etc/nftables.conf", DropConfig.Replace("policy drop;", "policy accept;", StringComparison.Ordinal));
        Enable("nftables.service");

        Assert.Equal(CheckStatus.Fail, Evaluate().Status);
    }

    [Fact]
    public void A_dropping_chain_in_an_included_file_counts_with_that_files_line()
    {
        _tree.Write("/etc/nftables.conf", "flush ruleset\ninclude \"/etc/nftables.d/*.nft\"\n")
            .Write("/etc/nftables.d/10-input.nft", "table ip fw {\n  chain in {\n    type filter hook input priority 0; policy drop;\n  }\n}\n");
        Enable("nftables.service");

        var outcome = Evaluate();

        Assert.Equal(CheckStatus.Pass, outcome.Status);
        Assert.Equal(("/etc/nftables.d/10-input.nft", 3), (outcome.Evidence[0].File, outcome.Evidence[0].Line));
    }

    [Fact]
    public void An_iptables_rules_file_with_an_input_drop_policy_passes()
    {
        _tree.Write("/etc/iptables/rules.v4", "*nat\n:INPUT ACCEPT [0:0]\nCOMMIT\n*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n-A INPUT -i lo -j ACCEPT\nCOMMIT\n");

        var outcome = Evaluate();

        Assert.Equal(CheckStatus.Pass, outcome.Status);
        Assert.Equal(new Evidence("/etc/iptables/rules.v4", 5, ":INPUT DROP", ":INPUT DROP in the *filter table"), Assert.Single(outcome.Evidence));
    }

    [Fact]
    public void An_input_drop_outside_the_filter_table_does_not_count()
    {
        _tree.Write("/etc/iptables/rules.v4", "*filter\n:INPUT ACCEPT [0:0]\nCOMMIT\n*mangle\n:INPUT DROP [0:0]\nCOMMIT\n");

        var outcome = Evaluate();

        Assert.Equal(CheckStatus.Fail, outcome.Status);
        Assert.Contains(outcome.Evidence, evidence => evidence is { File: "/etc/iptables/rules.v4", Line: 2, Found: ":INPUT ACCEPT" });
    }

    [Theory]
    [InlineData("ENABLED=yes", "DEFAULT_INPUT_POLICY=\"DROP\"", CheckStatus.Pass)]
    [InlineData("ENABLED=yes", "DEFAULT_INPUT_POLICY=REJECT", CheckStatus.Pass)]
    [InlineData("ENABLED=no", "DEFAULT_INPUT_POLICY=\"DROP\"", CheckStatus.Fail)]
    [InlineData("ENABLED=yes", "DEFAULT_INPUT_POLICY=\"ACCEPT\"", CheckStatus.Fail)]
    [InlineData("ENABLED=yes\nENABLED=no", "DEFAULT_INPUT_POLICY=\"DROP\"", CheckStatus.Fail)]
    public void Ufw_counts_when_enabled_with_a_drop_or_reject_input_policy(string conf, string defaults, CheckStatus expected)
    {
        _tree.Write("/etc/ufw/ufw.conf", $"# ufw.conf\n{conf}\nLOGLEVEL=low\n").Write("/etc/default/ufw", $"IPV6=yes\n{defaults}\n");

        var outcome = Evaluate();

        Assert.Equal(expected, outcome.Status);
        if (expected == CheckStatus.Pass)
        {
            Assert.Equal([("/etc/ufw/ufw.conf", 2), ("/etc/default/ufw", 2)], outcome.Evidence.Select(evidence => (evidence.File, evidence.Line)));
        }
    }

    [Theory]
    [InlineData("DefaultZone=drop", null, CheckStatus.Pass)]
    [InlineData("DefaultZone=block", null, CheckStatus.Pass)]
    [InlineData("DefaultZone=public", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<zone target=\"DROP\"><short>Public</short></zone>", CheckStatus.Pass)]
    [InlineData("DefaultZone=public", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<zone><short>Public</short><service name=\"ssh\"/></zone>", CheckStatus.Fail)]
    [InlineData("", "<zone target=\"%%REJECT%%\"/>", CheckStatus.Pass)]
    public void Firewalld_counts_when_enabled_with_a_dropping_default_zone(string conf, string? publicZone, CheckStatus expected)
    {
        _tree.Write("/etc/firewalld/firewalld.conf", $"# firewalld config\n{conf}\n");
        if (publicZone is not null)
        {
            _tree.Write("/usr/lib/firewalld/zones/public.xml", publicZone);
        }

        Enable("firewalld.service");

        Assert.Equal(expected, Evaluate().Status);
    }

    [Fact]
    public void An_administrators_zone_copy_wins_over_the_packaged_one()
    {
        _tree.Write("/etc/firewalld/firewalld.conf", "DefaultZone=public\n")
            .Write("/usr/lib/firewalld/zones/public.xml", "<zone target=\"DROP\"/>")
            .Write("/etc/firewalld/zones/public.xml", "<zone target=\"ACCEPT\"/>");
        Enable("firewalld.service");

        var outcome = Evaluate();

        Assert.Equal(CheckStatus.Fail, outcome.Status);
        Assert.Contains(outcome.Evidence, evidence => evidence.File == "/etc/firewalld/zones/public.xml" && evidence.Found.Contains("ACCEPT", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dropping_firewalld_that_is_not_enabled_does_not_count()
    {
        _tree.Write("/etc/firewalld/firewalld.conf", "DefaultZone=drop\n");

        Assert.Equal(CheckStatus.Fail, Evaluate().Status);
    }

    [Fact]
    public void A_system_with_no_firewall_fails_saying_what_was_looked_at()
    {
        var outcome = Evaluate();

        Assert.Equal(CheckStatus.Fail, outcome.Status);
        Assert.Contains("nftables, iptables, ufw and firewalld", outcome.Message, StringComparison.Ordinal);
        Assert.NotEmpty(outcome.Evidence);
    }

    [Fact]
    public void On_a_root_tree_command_output_is_ignored()
    {
        var outcome = Evaluate(name => name == "iptables-save" ? "*filter\n:INPUT DROP [0:0]\nCOMMIT\n" : null);

        Assert.Equal(CheckStatus.Fail, outcome.Status);
    }

    [Theory]
    [InlineData("nft-ruleset", "table inet filter {\n\tchain input {\n\t\ttype filter hook input priority filter; policy drop;\n\t}\n}\n", "nft list ruleset")]
    [InlineData("iptables-save", "# Generated by iptables-save\n*filter\n:INPUT DROP [12:345]\nCOMMIT\n", "iptables-save")]
    [InlineData("ufw-status", "Status: active\nLogging: on (low)\nDefault: deny (incoming), allow (outgoing), disabled (routed)\n", "ufw status")]
    public void On_a_live_host_the_running_state_counts_and_the_evidence_names_the_command(string command, string output, string named)
    {
        var asked = new List<string>();
        var outcome = FirewallCheck.Evaluate(new LiveView(_tree.Files), name =>
        {
            asked.Add(name);
            return name == command ? output : null;
        });

        Assert.Equal(CheckStatus.Pass, outcome.Status);
        var evidence = Assert.Single(outcome.Evidence);
        Assert.Null(evidence.File);
        Assert.StartsWith(named, evidence.Found, StringComparison.Ordinal);
        Assert.Contains(command, asked);
    }

    [Fact]
    public void An_unreadable_configuration_makes_a_failing_result_an_error()
    {
        _tree.Folder("/etc/nftables.conf");

        var outcome = Evaluate();

        Assert.Equal(CheckStatus.Error, outcome.Status);
        Assert.Contains("/etc/nftables.conf could not be read", outcome.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _tree.Dispose();
}
