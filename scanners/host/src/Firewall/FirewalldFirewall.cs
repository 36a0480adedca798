using System.Xml;
using System.Xml.Linq;
using Bulwark.Scanners.Host.Files;
using Bulwark.Scanners.Host.Inventory;
using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Firewall;

/// <summary>
/// firewalld: enabled, with a default zone that drops or rejects what no rule allows: the built-in <c>drop</c> and
/// <c>block</c> zones, or a zone whose <c>target</c> is DROP, REJECT or %%REJECT%%.
/// </summary>
internal static class FirewalldFirewall
{
    private const string ConfPath = "/etc/firewalld/firewalld.conf";
    private const string Required = "default zone drop or block, or a zone with target DROP or REJECT";

    /// <summary>Denies when firewalld.service is enabled and the default zone's target drops or rejects.</summary>
    internal static FirewallVerdict FromFiles(IHostFiles files)
    {
        const string source = "firewalld";
        var conf = files.ReadText(ConfPath);
        if (conf.Missing)
        {
            return FirewallVerdict.Open(source, ConfPath, 0, "not there (firewalld is not installed)", "firewalld installed and enabled");
        }

        if (conf.Text is null)
        {
            return FirewallVerdict.Unreadable(source, ConfPath, conf.Problem);
        }

        var enabledBy = (SystemdUnits.StateOf(files, "firewalld.service") == UnitState.Enabled ? "/etc/systemd/system" : null);
        if (enabledBy is null)
        {
            return FirewallVerdict.Open(source, null, 0, "firewalld.service is not enabled", "firewalld.service enabled");
        }

        // firewalld falls back to the public zone when DefaultZone is not set.
        var (zone, zoneLine) = ShellAssignments.Find(conf.Text, "DefaultZone");
        zone = string.IsNullOrEmpty(zone) ? "public" : zone;
        var enabled = new Evidence(enabledBy, 0, "firewalld.service is enabled", "firewalld.service enabled");
        if (zone is "drop" or "block")
        {
            return new FirewallVerdict(source, true, [new Evidence(ConfPath, zoneLine, $"DefaultZone={zone}", Required), enabled]);
        }

        var (zoneFile, target, problem) = ZoneTarget(files, zone);
        if (problem is not null)
        {
            return FirewallVerdict.Unreadable(source, zoneFile ?? ConfPath, problem);
        }

        var found = new Evidence(zoneFile ?? ConfPath, zoneFile is null ? zoneLine : 0, $"default zone {zone} has target {target ?? "default"}", Required);
        return target is "DROP" or "REJECT" or "%%REJECT%%"
            ? new FirewallVerdict(source, true, [found, enabled])
            : new FirewallVerdict(source, false, [found]);
    }

    // The zone's definition: an administrator's copy under /etc wins over the packaged one under /usr/lib.
    private static (string? File, string? Target, string? Problem) ZoneTarget(IHostFiles files, string zone)
    {
        foreach (var path in new[] { $"/etc/firewalld/zones/{zone}.xml", $"/usr/lib/firewalld/zones/{zone}.xml" })
        {
            var read = files.ReadText(path);
            if (read.Missing)
            {
                continue;
            }

            if (read.Text is null)
            {
                return (path, null, read.Problem);
            }

            try
            {
                var root = XDocument.Parse(read.Text).Root;
                return (path, root?.Attribute("target")?.Value, null);
            }
            catch (XmlException e)
            {
                return (path, null, $"not valid XML: {e.Message}");
            }
        }

        return (null, null, null);
    }
}
