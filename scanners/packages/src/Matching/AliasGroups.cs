using Bulwark.Scanners.Packages.Osv;

namespace Bulwark.Scanners.Packages.Matching;

/// <summary>
/// Groups the advisories found for one package into vulnerabilities: two records are the same vulnerability
/// when one's id or any alias (or upstream id) is among the other's, directly or through a third record.
/// </summary>
public static class AliasGroups
{
    // Which record names a group: the most specific and best-rated databases first.
    private static readonly string[] Preference = ["GHSA-", "RUSTSEC-", "PYSEC-", "GO-", "DSA-", "DLA-", "DEBIAN-", "USN-", "ALSA-", "RLSA-", "RHSA-", "MAL-", "CVE-"];

    /// <summary>The groups, each with its primary record first; groups ordered by primary id.</summary>
    public static IReadOnlyList<IReadOnlyList<OsvAdvisory>> Group(IReadOnlyList<OsvAdvisory> advisories)
    {
        var parent = Enumerable.Range(0, advisories.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);

        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < advisories.Count; i++)
        {
            var advisory = advisories[i];
            foreach (var id in (IEnumerable<string>)[advisory.Id, .. advisory.Aliases, .. advisory.Upstream])
            {
                if (owner.TryGetValue(id, out var other))
                {
                    parent[Find(i)] = Find(other);
                }
                else
                {
                    owner[id] = i;
                }
            }
        }

        return Enumerable.Range(0, advisories.Count)
            .GroupBy(Find)
            .Select(g => (IReadOnlyList<OsvAdvisory>)g.Select(i => advisories[i]).OrderBy(Rank).ThenBy(a => a.Id, StringComparer.Ordinal).ToList())
            .OrderBy(g => g[0].Id, StringComparer.Ordinal)
            .ToList();
    }

    private static int Rank(OsvAdvisory advisory)
    {
        // A record with a CVSS vector gives the finding a computed severity: prefer it.
        var rated = advisory.Severity.Any(s => s.Type.StartsWith("CVSS", StringComparison.Ordinal)) ? 0 : 100;
        var prefix = Array.FindIndex(Preference, p => advisory.Id.StartsWith(p, StringComparison.Ordinal));
        return rated + (prefix < 0 ? Preference.Length : prefix);
    }
}
