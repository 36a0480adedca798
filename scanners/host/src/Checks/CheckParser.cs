using Bulwark.Rules;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Host.Checks;

/// <summary>Reads one <c>check:</c> mapping into its kind, rejecting unknown keys with file:line.</summary>
public static class CheckParser
{
    /// <summary>The kinds, by the key that names them.</summary>
    public static IReadOnlyList<string> Kinds { get; } =
        ["file", "package", "packages", "service", "sysctl", "mount", "module", "accounts", "files", "firewall", "command", "listening", "shadow", "all", "any", "none"];

    /// <summary>
    /// The check <paramref name="map"/> describes, or null with problems added to the map's list. <c>file:</c> names
    /// three kinds: with <c>syntax</c> a setting, with <c>matches</c>/<c>no-match</c> a line check, else a file check.
    /// </summary>
    public static ICheck? Parse(YamlMap map)
    {
        var kinds = Kinds.Where(k => map.Find(k) is not null).ToList();
        if (kinds.Count != 1)
        {
            map.Problems.Add(new ConfigProblem($"{map.File}:{map.Line}", kinds.Count == 0
                ? $"a check needs one of: {string.Join(", ", Kinds)}"
                : $"a check has one kind, found {string.Join(", ", kinds)}"));
            return null;
        }

        ICheck? check = kinds[0] switch
        {
            "file" when map.Find("syntax") is not null => SettingCheck.Parse(map),
            "file" when map.Find("matches") is not null || map.Find("no-match") is not null => LineCheck.Parse(map),
            "file" => FileCheck.Parse(map),
            "package" or "packages" => PackageCheck.Parse(map),
            "service" => ServiceCheck.Parse(map),
            "sysctl" => SysctlCheck.Parse(map),
            "mount" => MountCheck.Parse(map),
            "module" => ModuleCheck.Parse(map),
            "accounts" => AccountsCheck.Parse(map),
            "files" => SweepCheck.Parse(map),
            "firewall" => FirewallPolicyCheck.Parse(map),
            "command" => CommandCheck.Parse(map),
            "listening" => ListeningCheck.Parse(map),
            "shadow" => ShadowAgeingCheck.Parse(map),
            _ => CompositeCheck.Parse(map, kinds[0]),
        };
        map.RejectUnknownKeys();
        return check;
    }
}
