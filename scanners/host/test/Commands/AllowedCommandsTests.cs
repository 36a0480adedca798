using System.Diagnostics;
using Bulwark.Scanners.Host.Commands;
using Bulwark.Scanners.Host.Files;
using Bulwark.Scanners.Host.Tests.Files;

namespace Bulwark.Scanners.Host.Tests.Commands;

public class AllowedCommandsTests
{
    [Fact]
    public void Nothing_runs_for_a_root_tree()
    {
        using var tree = new FixtureTree();

        Assert.Null(AllowedCommands.Run("nft-ruleset", tree.Files));
    }

    [Fact]
    public void Only_names_on_the_list_resolve_to_a_fixed_program_and_arguments()
    {
        Assert.Equal(["list", "ruleset"], AllowedCommands.Resolve("nft-ruleset")!.Arguments);
        Assert.Equal("iptables-save", AllowedCommands.Resolve("iptables-save")!.Program);
        Assert.Equal(["status", "verbose"], AllowedCommands.Resolve("ufw-status")!.Arguments);
        Assert.Equal(["--state"], AllowedCommands.Resolve("firewalld-state")!.Arguments);
        Assert.Equal(["is-enabled", "--", "ssh.service"], AllowedCommands.Resolve("systemctl-is-enabled:ssh.service")!.Arguments);
        Assert.Null(AllowedCommands.Resolve("lsmod"));
        Assert.Null(AllowedCommands.Resolve("rm -rf /"));
        Assert.Null(AllowedCommands.Resolve("NFT-RULESET"));
        Assert.Null(AllowedCommands.Run("cat /etc/shadow", RootedHostFiles.Live()));
    }

    [Theory]
    [InlineData("ssh; rm -rf /")]
    [InlineData("--root=/tmp")]
    [InlineData("a b")]
    [InlineData("$(id)")]
    [InlineData("")]
    public void A_unit_name_that_is_not_one_is_refused(string unit) =>
        Assert.Null(AllowedCommands.Resolve(AllowedCommands.IsEnabledPrefix + unit));

    [Fact]
    public void Output_is_returned_and_a_silent_failure_is_null()
    {
        Assert.Equal("hello world\n", AllowedCommands.Execute("/bin/echo", ["hello", "world"], TimeSpan.FromSeconds(5)));
        Assert.Null(AllowedCommands.Execute("/bin/false", [], TimeSpan.FromSeconds(5)));
        Assert.Null(AllowedCommands.Execute("/no/such/program", [], TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void Arguments_reach_the_program_as_they_are_without_a_shell()
    {
        Assert.Equal("$(id) ; `id`\n", AllowedCommands.Execute("/bin/echo", ["$(id)", ";", "`id`"], TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void A_command_that_outlives_its_timeout_is_killed_and_gives_null()
    {
        var clock = Stopwatch.StartNew();

        Assert.Null(AllowedCommands.Execute("/bin/sleep", ["30"], TimeSpan.FromMilliseconds(300)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void The_names_list_every_allowed_command()
    {
        Assert.Equal(["firewalld-state", "ip6tables-save", "iptables-save", "nft-ruleset", "systemctl-is-enabled:UNIT", "ufw-status"], AllowedCommands.Names);
    }
}
