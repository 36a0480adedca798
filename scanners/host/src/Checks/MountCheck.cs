using Bulwark.Rules;
using Bulwark.Scanners.Host.Model;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Host.Checks;

/// <summary>
/// <c>mount: PATH</c> with <c>options</c> (or <c>option</c>) and/or <c>separate: true</c>: read from /etc/fstab (and
/// systemd <c>.mount</c> units for /tmp), and on a live host from /proc/mounts, which says what is mounted now.
/// </summary>
public sealed class MountCheck : ICheck
{
    private MountCheck(string mountPoint, IReadOnlyList<string> options, CheckStatus missing)
    {
        MountPoint = mountPoint;
        Options = options;
        Missing = missing;
    }

    /// <summary>The mount point.</summary>
    public string MountPoint { get; }

    /// <summary>The options it must have; empty when only being a separate mount is asked.</summary>
    public IReadOnlyList<string> Options { get; }

    /// <summary>What it means when the path is not a separate mount.</summary>
    public CheckStatus Missing { get; }

    /// <summary>Reads the check from <paramref name="map"/>.</summary>
    public static MountCheck? Parse(YamlMap map)
    {
        var mountPoint = map.Text("mount", required: true);
        var options = map.Find("option") is not null ? map.TextList("option") : map.TextList("options");
        var separate = map.Flag("separate");
        if (options.Count == 0 && separate != true)
        {
            map.Problems.Add(new ConfigProblem($"{map.File}:{map.Line}", "a mount check needs option(s) or separate: true"));
            return null;
        }

        // Options on a path that is not a separate mount cannot be set: unless the benchmark says otherwise, that is
        // the separate-partition check's failure, not this one's.
        var missing = MissingMeans.Read(map, options.Count == 0 ? CheckStatus.Fail : CheckStatus.NotApplicable);
        return mountPoint is null ? null : new MountCheck(mountPoint.TrimEnd('/') is { Length: > 0 } p ? p : "/", options, missing);
    }

    /// <inheritdoc />
    public string Describe() => Options.Count == 0 ? $"{MountPoint} is a separate mount" : $"{MountPoint} mounted with {string.Join(",", Options)}";

    /// <inheritdoc />
    public CheckOutcome Evaluate(CheckContext context)
    {
        var configured = Find(context, "/etc/fstab");
        (string File, int Line, IReadOnlyList<string> Options)? live = context.Files.IsLive ? Find(context, "/proc/mounts") : null;
        var mount = live ?? configured ?? MountUnit(context);
        if (mount is null)
        {
            return MissingMeans.Outcome(Missing, $"{MountPoint} is not a separate mount (not in /etc/fstab{(context.Files.IsLive ? " or /proc/mounts" : "")})",
                new Evidence("/etc/fstab", 0, $"{MountPoint} not mounted separately", Describe()));
        }

        foreach (var candidate in new[] { configured, live }.OfType<(string File, int Line, IReadOnlyList<string> Options)>().DefaultIfEmpty(mount.Value))
        {
            var lacking = Options.Where(o => !candidate.Options.Contains(o, StringComparer.Ordinal)).ToList();
            if (lacking.Count > 0)
            {
                return CheckOutcome.Failed($"{candidate.File}:{candidate.Line}: {MountPoint} is mounted without {string.Join(",", lacking)}",
                    new Evidence(candidate.File, candidate.Line, $"{MountPoint} {string.Join(",", candidate.Options)}", Describe()));
            }
        }

        return CheckOutcome.Passed($"{mount.Value.File}:{mount.Value.Line}: {MountPoint} {string.Join(",", mount.Value.Options)}",
            new Evidence(mount.Value.File, mount.Value.Line, $"{MountPoint} {string.Join(",", mount.Value.Options)}", Describe()));
    }

    // fstab and /proc/mounts share their layout: device, mount point, type, options (the last entry for a point wins).
    private (string File, int Line, IReadOnlyList<string> Options)? Find(CheckContext context, string table)
    {
        var text = context.Files.ReadText(table).Text;
        if (text is null)
        {
            return null;
        }

        (string, int, IReadOnlyList<string>)? found = null;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 4 && Unescape(fields[1]).TrimEnd('/') is var point && (point.Length == 0 ? "/" : point) == MountPoint)
            {
                found = (table, number, fields[3].Split(','));
            }
        }

        return found;
    }

    // systemd's tmp.mount (shipped in /usr/share/systemd on Debian) is how /tmp becomes a tmpfs without fstab.
    private (string File, int Line, IReadOnlyList<string> Options)? MountUnit(CheckContext context)
    {
        var unit = MountPoint.Trim('/').Replace('/', '-') + ".mount";
        foreach (var path in new[] { "/etc/systemd/system/" + unit })
        {
            if (context.Files.ReadText(path).Text is not { } text)
            {
                continue;
            }

            var number = 0;
            foreach (var line in text.Split('\n'))
            {
                number++;
                if (line.Trim().StartsWith("Options=", StringComparison.Ordinal))
                {
                    return (path, number, line.Trim()["Options=".Length..].Split(','));
                }
            }

            return (path, 0, []);
        }

        return null;
    }

    private static string Unescape(string field) => field.Replace("\\040", " ", StringComparison.Ordinal);
}
