using System.Text.RegularExpressions;
using Bulwark.Scanners.Host.Files;
using Bulwark.Scanners.Host.Inventory;
using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Firewall;

/// <summary>nftables: the rules nftables.service loads at boot (/etc/nftables.conf and what it includes), and the running ruleset.</summary>
internal static partial class NftablesFirewall
{
    private const string ConfigPath = "/etc/nftables.conf";
    private const string Required = "an input chain (type filter hook input) with policy drop";
    private const int MaxIncludeDepth = 8;

    /// <summary>Denies when nftables.service is enabled and its configuration has an input filter chain with policy drop.</summary>
    internal static FirewallVerdict FromFiles(IHostFiles files)
    {
        const string source = "nftables";
        var config = files.ReadText(ConfigPath);
        if (config.Missing)
        {
            return FirewallVerdict.Open(source, ConfigPath, 0, "not there", Required);
        }

        if (config.Text is null)
        {
            return FirewallVerdict.Unreadable(source, ConfigPath, config.Problem);
        }

        var enabledBy = (SystemdUnits.StateOf(files, "nftables.service") == UnitState.Enabled ? "/etc/systemd/system" : null);
        var drop = Chains(files, ConfigPath, config.Text, 0).FirstOrDefault(found => found.Chain.Drops);
        if (enabledBy is null)
        {
            return FirewallVerdict.Open(source, null, 0, "nftables.service is not enabled, so the configuration is not loaded at boot", "nftables.service enabled");
        }

        return drop.Chain is null
            ? FirewallVerdict.Open(source, ConfigPath, 0, "no input chain with policy drop", Required)
            : new FirewallVerdict(source, true, [
                new Evidence(drop.File, drop.Chain.Line, $"chain {drop.Chain.Name}: type filter hook input, policy drop", Required),
                new Evidence(enabledBy, 0, "nftables.service is enabled", "nftables.service enabled"),
            ]);
    }

    /// <summary>Denies when the running ruleset (<c>nft list ruleset</c>) has an input filter chain with policy drop.</summary>
    internal static FirewallVerdict? FromRunning(Func<string, string?> runCommand)
    {
        const string source = "nftables (running)";
        var output = runCommand("nft-ruleset");
        if (output is null)
        {
            return null;
        }

        var drop = NftRuleset.InputChains(output).FirstOrDefault(chain => chain.Drops);
        return drop is null
            ? FirewallVerdict.Open(source, null, 0, "nft list ruleset: no input chain with policy drop", Required)
            : new FirewallVerdict(source, true, [new Evidence(null, 0, $"nft list ruleset: chain {drop.Name} has policy drop", Required)]);
    }

    // The chains of one file and of the files it includes, each with the file it is written in.
    private static IEnumerable<(string File, NftInputChain Chain)> Chains(IHostFiles files, string path, string text, int depth)
    {
        foreach (var chain in NftRuleset.InputChains(text))
        {
            yield return (path, chain);
        }

        if (depth >= MaxIncludeDepth)
        {
            yield break;
        }

        foreach (Match include in IncludeLine().Matches(text))
        {
            // nft looks for a relative include in its include path, /etc by default.
            var pattern = include.Groups[1].Value.StartsWith('/') ? include.Groups[1].Value : "/etc/" + include.Groups[1].Value;
            foreach (var file in files.Glob(pattern))
            {
                if (files.ReadText(file).Text is { } included)
                {
                    foreach (var found in Chains(files, file, included, depth + 1))
                    {
                        yield return found;
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"^[ \t]*include[ \t]+""([^""]+)""", RegexOptions.Multiline)]
    private static partial Regex IncludeLine();
}
