using Bulwark.Scanners.Host.Firewall;

namespace Bulwark.Scanners.Host.Tests.Firewall;

public sealed class NftRulesetTests
{
    [Fact]
    public void A_chain_written_on_one_line_is_read()
    {
        var chain = Assert.Single(NftRuleset.InputChains("table inet f { chain i { type filter hook input priority 0; policy drop; } }"));

        Assert.Equal(new NftInputChain("inet", "f", "i", "drop", 1), chain);
        Assert.True(chain.Drops);
    }

    [Fact]
    public void Add_chain_statements_and_a_later_policy_change_are_followed()
    {
        const string text = """
            add table ip fw
            add chain ip fw in { type filter hook input priority 0; }
            add chain ip fw in { policy drop; }
            """;

        var chain = Assert.Single(NftRuleset.InputChains(text));

        Assert.Equal(("ip", "drop", 3), (chain.Family, chain.Policy, chain.Line));
    }

    [Fact]
    public void A_chain_without_a_policy_accepts_and_comments_sets_and_other_hooks_are_passed_over()
    {
        const string text = """
            # policy drop in a comment does not count
            table inet filter {
                set allowed { type ipv4_addr; elements = { 10.0.0.1 } }
                chain input {
                    type filter hook input priority 0 # policy drop
                    ip saddr @allowed accept comment "policy drop"
                }
                chain fwd { type filter hook forward priority 0; policy drop; }
            }
            table netdev edge { chain ingress { type filter hook ingress device eth0 priority 0; policy drop; } }
            """;

        var chain = Assert.Single(NftRuleset.InputChains(text));

        Assert.Equal(("input", "accept", 5), (chain.Chain, chain.Policy, chain.Line));
        Assert.False(chain.Drops);
    }

    [Fact]
    public void A_dropping_input_chain_of_a_bridge_table_does_not_guard_the_host()
    {
        var chain = Assert.Single(NftRuleset.InputChains("table bridge b { chain i { type filter hook input priority 0; policy drop; } }"));

        Assert.False(chain.Drops);
    }
}
