using System.Text;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Matching;

/// <summary>
/// The form of a package name under which a lockfile entry and an advisory meet, per ecosystem: PyPI per
/// PEP 503 (case-insensitive, runs of <c>-</c>, <c>_</c>, <c>.</c> are one <c>-</c>), NuGet, Packagist and
/// Debian-family source names case-insensitively, crates.io with <c>-</c> and <c>_</c> alike, the rest exactly.
/// </summary>
public static class PackageNames
{
    /// <summary>The normalised name of <paramref name="name"/> in <paramref name="ecosystem"/> (an OSV ecosystem, release allowed).</summary>
    public static string Normalise(string ecosystem, string name) => Ecosystems.Base(ecosystem) switch
    {
        Ecosystems.PyPI => Pep503(name),
        Ecosystems.NuGet or Ecosystems.Packagist or Ecosystems.Debian or Ecosystems.Ubuntu or Ecosystems.Alpine => name.Trim().ToLowerInvariant(),
        Ecosystems.CratesIo => name.Trim().ToLowerInvariant().Replace('_', '-'),
        _ => name.Trim(),
    };

    // PEP 503: re.sub(r"[-_.]+", "-", name).lower(); a run at either end becomes one "-" too.
    private static string Pep503(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Trim())
        {
            if (c is '-' or '_' or '.')
            {
                if (text.Length == 0 || text[^1] != '-')
                {
                    text.Append('-');
                }

                continue;
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
