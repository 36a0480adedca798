using Bulwark.Scanners.Host.Files;
using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Firewall;

/// <summary>
/// <c>firewall: default-deny-inbound</c>: some host firewall is enabled and drops (or rejects) inbound traffic no rule
/// allows. nftables, iptables, ufw and firewalld are read from their files; on a live host the running nftables,
/// iptables and ufw state counts too.
/// </summary>
public static class FirewallCheck
{
    /// <summary>
    /// Passes when one firewall denies inbound traffic by default, with the file and line (or command) that shows it;
    /// fails with what each firewall was found to be. <paramref name="runCommand"/> runs an allow-listed command and
    /// returns its output, or null when it cannot (always null on a root tree: only files count there). Never throws.
    /// </summary>
    public static CheckOutcome Evaluate(IHostFiles files, Func<string, string?> runCommand)
    {
        Func<string, string?> live = files.IsLive ? runCommand : _ => null;
        var verdicts = new List<FirewallVerdict>
        {
            NftablesFirewall.FromFiles(files),
            IptablesFirewall.FromFiles(files),
            UfwFirewall.FromFiles(files),
            FirewalldFirewall.FromFiles(files),
        };
        verdicts.AddRange(new[] { NftablesFirewall.FromRunning(live), IptablesFirewall.FromRunning(live), UfwFirewall.FromRunning(live) }.OfType<FirewallVerdict>());

        if (verdicts.FirstOrDefault(verdict => verdict.DeniesInbound) is { } denying)
        {
            return CheckOutcome.Passed($"{denying.Source} denies inbound traffic by default", [.. denying.Evidence]);
        }

        var evidence = verdicts.SelectMany(verdict => verdict.Evidence).ToArray();
        var problems = verdicts.Where(verdict => verdict.Problem is not null).Select(verdict => verdict.Problem!).ToList();
        return problems.Count > 0
            ? CheckOutcome.Errored($"no firewall was found to deny inbound traffic by default, but not every one could be read: {string.Join("; ", problems)}", evidence)
            : CheckOutcome.Failed("no enabled firewall denies inbound traffic by default (nftables, iptables, ufw and firewalld were looked at)", evidence);
    }
}
