using Bulwark.Scanners.Host.Files;
using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Firewall;

/// <summary>
/// iptables: the rules files restored at boot (iptables-persistent's /etc/iptables/rules.v4, iptables-services'
/// /etc/sysconfig/iptables), and the running rules (<c>iptables-save</c>).
/// </summary>
internal static class IptablesFirewall
{
    private const string Required = ":INPUT DROP in the *filter table";
    private static readonly string[] RulesFiles = ["/etc/iptables/rules.v4", "/etc/sysconfig/iptables"];

    /// <summary>Denies when a rules file sets the filter table's INPUT policy to DROP.</summary>
    internal static FirewallVerdict FromFiles(IHostFiles files)
    {
        const string source = "iptables";
        var found = new List<Evidence>();
        foreach (var path in RulesFiles)
        {
            var read = files.ReadText(path);
            if (read.Missing)
            {
                continue;
            }

            if (read.Text is null)
            {
                return FirewallVerdict.Unreadable(source, path, read.Problem);
            }

            var (policy, line) = InputPolicy(read.Text);
            if (policy == "DROP")
            {
                return new FirewallVerdict(source, true, [new Evidence(path, line, ":INPUT DROP", Required)]);
            }

            found.Add(new Evidence(path, line, policy is null ? "no INPUT policy in the *filter table" : $":INPUT {policy}", Required));
        }

        return found.Count == 0
            ? FirewallVerdict.Open(source, RulesFiles[0], 0, "no iptables rules file", Required)
            : new FirewallVerdict(source, false, found);
    }

    /// <summary>Denies when the running filter table's INPUT policy is DROP.</summary>
    internal static FirewallVerdict? FromRunning(Func<string, string?> runCommand)
    {
        const string source = "iptables (running)";
        var output = runCommand("iptables-save");
        if (output is null)
        {
            return null;
        }

        var (policy, _) = InputPolicy(output);
        return policy == "DROP"
            ? new FirewallVerdict(source, true, [new Evidence(null, 0, "iptables-save: :INPUT DROP", Required)])
            : FirewallVerdict.Open(source, null, 0, policy is null ? "iptables-save: no INPUT policy in the *filter table" : $"iptables-save: :INPUT {policy}", Required);
    }

    /// <summary>The INPUT chain policy of the <c>*filter</c> table in iptables-save text (the last one, as a restore applies them), with its line.</summary>
    internal static (string? Policy, int Line) InputPolicy(string text)
    {
        string? policy = null;
        var policyLine = 0;
        var inFilter = false;
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].Trim();
            if (line.StartsWith('*'))
            {
                inFilter = line == "*filter";
            }
            else if (line == "COMMIT")
            {
                inFilter = false;
            }
            else if (inFilter && line.StartsWith(":INPUT ", StringComparison.Ordinal))
            {
                policy = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1);
                policyLine = index + 1;
            }
        }

        return (policy, policyLine);
    }
}
