using Bulwark.Scanners.Host.Files;
using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Firewall;

/// <summary>ufw: enabled in /etc/ufw/ufw.conf with a DROP or REJECT input policy in /etc/default/ufw; or <c>ufw status</c> saying so.</summary>
internal static class UfwFirewall
{
    private const string ConfPath = "/etc/ufw/ufw.conf";
    private const string DefaultsPath = "/etc/default/ufw";
    private const string RequiredPolicy = "DEFAULT_INPUT_POLICY=\"DROP\" (or \"REJECT\")";

    /// <summary>Denies when ufw is enabled and its default input policy drops or rejects.</summary>
    internal static FirewallVerdict FromFiles(IHostFiles files)
    {
        const string source = "ufw";
        var conf = files.ReadText(ConfPath);
        if (conf.Missing)
        {
            return FirewallVerdict.Open(source, ConfPath, 0, "not there (ufw is not installed)", "ENABLED=yes");
        }

        if (conf.Text is null)
        {
            return FirewallVerdict.Unreadable(source, ConfPath, conf.Problem);
        }

        var (enabled, enabledLine) = ShellAssignments.Find(conf.Text, "ENABLED");
        if (!string.Equals(enabled, "yes", StringComparison.OrdinalIgnoreCase))
        {
            return FirewallVerdict.Open(source, ConfPath, enabledLine, enabled is null ? "ENABLED is not set" : $"ENABLED={enabled}", "ENABLED=yes");
        }

        var defaults = files.ReadText(DefaultsPath);
        if (defaults.Text is null)
        {
            return defaults.Missing
                ? FirewallVerdict.Open(source, DefaultsPath, 0, "not there, so the input policy is unknown", RequiredPolicy)
                : FirewallVerdict.Unreadable(source, DefaultsPath, defaults.Problem);
        }

        var (policy, policyLine) = ShellAssignments.Find(defaults.Text, "DEFAULT_INPUT_POLICY");
        if (policy?.ToUpperInvariant() is not ("DROP" or "REJECT"))
        {
            return FirewallVerdict.Open(source, DefaultsPath, policyLine, policy is null ? "DEFAULT_INPUT_POLICY is not set" : $"DEFAULT_INPUT_POLICY=\"{policy}\"", RequiredPolicy);
        }

        return new FirewallVerdict(source, true, [
            new Evidence(ConfPath, enabledLine, "ENABLED=yes", "ENABLED=yes"),
            new Evidence(DefaultsPath, policyLine, $"DEFAULT_INPUT_POLICY=\"{policy}\"", RequiredPolicy),
        ]);
    }

    /// <summary>Denies when <c>ufw status verbose</c> says active with a deny or reject default for incoming traffic.</summary>
    internal static FirewallVerdict? FromRunning(Func<string, string?> runCommand)
    {
        const string source = "ufw (running)";
        var output = runCommand("ufw-status");
        if (output is null)
        {
            return null;
        }

        var lines = output.Split('\n').Select(line => line.Trim()).ToList();
        var active = lines.Any(line => line.Equals("Status: active", StringComparison.OrdinalIgnoreCase));
        var defaults = lines.FirstOrDefault(line => line.StartsWith("Default:", StringComparison.OrdinalIgnoreCase));
        var denies = defaults is not null
            && (defaults.Contains("deny (incoming)", StringComparison.OrdinalIgnoreCase) || defaults.Contains("reject (incoming)", StringComparison.OrdinalIgnoreCase));
        return active && denies
            ? new FirewallVerdict(source, true, [new Evidence(null, 0, $"ufw status: active, {defaults}", "active, Default: deny (incoming)")])
            : FirewallVerdict.Open(source, null, 0, $"ufw status: {(active ? defaults ?? "no default policy shown" : "not active")}", "active, Default: deny (incoming)");
    }
}
