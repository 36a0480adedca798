namespace Bulwark.Scanners.Host.Firewall;

/// <summary>
/// Reads nftables rule text (an nftables.conf, or <c>nft list ruleset</c>) far enough to find its input base chains:
/// the blocks of <c>table FAMILY NAME { chain NAME { type filter hook input …; policy drop; } }</c>, in nested or
/// <c>add chain FAMILY TABLE NAME { … }</c> form. Everything else (rules, sets, maps) is passed over.
/// </summary>
internal static class NftRuleset
{
    /// <summary>The filter chains hooked on input, in the order they first appear.</summary>
    internal static IReadOnlyList<NftInputChain> InputChains(string text)
    {
        var chains = new Dictionary<(string, string, string), NftChainState>();
        var blocks = new Stack<NftBlock>();
        var statement = new List<NftToken>();
        foreach (var token in NftTokens.Of(text))
        {
            switch (token.Text)
            {
                case "{":
                    blocks.Push(Open(statement, blocks, chains));
                    statement.Clear();
                    break;
                case "}":
                    Statement(statement, blocks);
                    statement.Clear();
                    blocks.TryPop(out _);
                    break;
                case ";" or "\n":
                    Statement(statement, blocks);
                    statement.Clear();
                    break;
                default:
                    statement.Add(token);
                    break;
            }
        }

        return chains
            .Where(pair => pair.Value.HookLine > 0)
            .Select(pair => new NftInputChain(pair.Key.Item1, pair.Key.Item2, pair.Key.Item3, pair.Value.Policy ?? "accept", pair.Value.PolicyLine > 0 ? pair.Value.PolicyLine : pair.Value.HookLine))
            .ToList();
    }

    private static NftBlock Open(List<NftToken> statement, Stack<NftBlock> blocks, Dictionary<(string, string, string), NftChainState> chains)
    {
        var words = statement.Select(token => token.Text).SkipWhile(word => word is "add" or "create").ToList();
        var parent = blocks.TryPeek(out var top) ? top : null;
        if (words.Count >= 2 && words[0] == "table" && parent is null)
        {
            // "table NAME" without a family is an ip table.
            return words.Count >= 3 ? new NftBlock(words[1], words[2], null) : new NftBlock("ip", words[1], null);
        }

        if (words.Count >= 2 && words[0] == "chain")
        {
            var (family, table, name) = parent is { Table: not null, Chain: null } ? (parent.Family!, parent.Table, words[1])
                : words.Count >= 4 ? (words[1], words[2], words[3])
                : words.Count == 3 ? ("ip", words[1], words[2])
                : (null, null, null);
            if (family is not null && table is not null && name is not null)
            {
                var key = (family, table, name);
                if (!chains.TryGetValue(key, out var state))
                {
                    chains[key] = state = new NftChainState();
                }

                return new NftBlock(family, table, state);
            }
        }

        return new NftBlock(null, null, null);
    }

    private static void Statement(List<NftToken> statement, Stack<NftBlock> blocks)
    {
        if (statement.Count == 0 || !blocks.TryPeek(out var block) || block.Chain is not { } chain)
        {
            return;
        }

        var words = statement.Select(token => token.Text).ToList();
        if (words.Count >= 4 && words[0] == "type" && words[1] == "filter" && words[2] == "hook" && words[3] == "input")
        {
            chain.HookLine = statement[0].Line;
        }
        else if (words.Count >= 2 && words[0] == "policy")
        {
            chain.Policy = words[1];
            chain.PolicyLine = statement[0].Line;
        }
    }
}
