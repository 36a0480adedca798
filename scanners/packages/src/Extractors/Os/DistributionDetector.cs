using System.Text.RegularExpressions;

namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>
/// Works out which distribution a package database belongs to from the files under the same root:
/// <c>etc/os-release</c>, then <c>usr/lib/os-release</c> (where etc/os-release is a symlink the scan may not
/// follow), then the older per-family files (<c>etc/debian_version</c>, <c>etc/alpine-release</c>,
/// <c>etc/redhat-release</c>).
/// </summary>
internal static partial class DistributionDetector
{
    /// <summary>The distribution of the database whose filesystem root is <paramref name="root"/> (empty or ending in <c>/</c>).</summary>
    /// <param name="root">The prefix of the database's path that is the root of its filesystem.</param>
    /// <param name="format">The database's format.</param>
    /// <param name="readOther">Reads another file of the scan by its scan-relative path; null when absent.</param>
    public static Distribution Detect(string root, OsPackageFormat format, Func<string, string?> readOther)
    {
        foreach (var name in (string[])["etc/os-release", "usr/lib/os-release"])
        {
            if (Read(readOther, root + name) is { } text)
            {
                return DistributionMapping.From(OsRelease.Parse(text), format, root + name);
            }
        }

        var fallback = format switch
        {
            OsPackageFormat.Dpkg => "etc/debian_version",
            OsPackageFormat.Apk => "etc/alpine-release",
            _ => "etc/redhat-release",
        };
        if (Read(readOther, root + fallback) is { } content && FromFallback(format, content) is { } fields)
        {
            return DistributionMapping.From(fields, format, root + fallback);
        }

        var where = root.Length == 0 ? "the scan root" : $"'{root.TrimEnd('/')}'";
        return new Distribution
        {
            Ecosystem = DistributionMapping.DefaultEcosystem(format),
            Problem = $"No etc/os-release, usr/lib/os-release or {fallback} under {where}, so the distribution release is unknown; "
                + "OS advisories are published per release, so these packages cannot be matched against them.",
        };
    }

    private static string? Read(Func<string, string?> readOther, string path)
    {
        // A broken reader is the scan's problem, not a reason to lose the packages: treat it as an absent file.
        try
        {
            return readOther(path) is { Length: > 0 } text ? text : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>os-release fields made up from a family's own release file, or null when it says nothing usable.</summary>
    private static Dictionary<string, string>? FromFallback(OsPackageFormat format, string content)
    {
        var text = content.Trim();
        switch (format)
        {
            case OsPackageFormat.Dpkg:
                // "12.5" on a release, "bookworm/sid" on testing.
                if (LeadingVersion().Match(text) is { Success: true } number)
                {
                    return new() { ["ID"] = "debian", ["VERSION_ID"] = number.Value.Split('.')[0], ["PRETTY_NAME"] = "Debian " + text };
                }

                var codename = text.Split('/')[0].ToLowerInvariant();
                return DistributionMapping.DebianNumber(codename) is null
                    ? new() { ["ID"] = "debian", ["PRETTY_NAME"] = "Debian " + text }
                    : new() { ["ID"] = "debian", ["VERSION_CODENAME"] = codename, ["PRETTY_NAME"] = "Debian " + text };
            case OsPackageFormat.Apk:
                return LeadingVersion().IsMatch(text) ? new() { ["ID"] = "alpine", ["VERSION_ID"] = text, ["PRETTY_NAME"] = "Alpine Linux " + text } : null;
            default:
                // "Rocky Linux release 9.3 (Blue Onyx)", "Red Hat Enterprise Linux release 9.3 (Plow)".
                if (RedHatRelease().Match(text) is not { Success: true } match)
                {
                    return null;
                }

                var product = match.Groups[1].Value.Trim();
                var id = product switch
                {
                    _ when product.StartsWith("Red Hat Enterprise Linux", StringComparison.Ordinal) => "rhel",
                    _ when product.StartsWith("AlmaLinux", StringComparison.Ordinal) => "almalinux",
                    _ when product.StartsWith("Rocky Linux", StringComparison.Ordinal) => "rocky",
                    _ => product.Split(' ')[0].ToLowerInvariant(),
                };
                return new() { ["ID"] = id, ["VERSION_ID"] = match.Groups[2].Value, ["PRETTY_NAME"] = text.Split('\n')[0] };
        }
    }

    [GeneratedRegex(@"^\d+(\.\d+)*")]
    private static partial Regex LeadingVersion();

    [GeneratedRegex(@"^(.+?) release (\d+(?:\.\d+)*)")]
    private static partial Regex RedHatRelease();
}
