using System.Collections.Concurrent;
using Bulwark.Scanners.Packages.Database;
using Bulwark.Scanners.Packages.Model;
using Bulwark.Scanners.Packages.Osv;
using Bulwark.Scanners.Packages.Versions;

namespace Bulwark.Scanners.Packages.Matching;

/// <summary>
/// Matches packages against the database: one look-up per distinct (ecosystem, name), then every package's
/// version against every affected entry in parallel. OS packages are matched on their source package and the
/// distribution release, so a distribution's own fixed version (a backport) clears them.
/// </summary>
public static class PackageMatcher
{
    /// <summary>The vulnerabilities of <paramref name="packages"/>, and the packages that could not be checked.</summary>
    public static MatchResult Match(IReadOnlyList<Package> packages, VulnerabilityDatabase database)
    {
        var candidates = new Dictionary<(string Ecosystem, string Name), IReadOnlyList<(OsvAdvisory, OsvAffected)>>();
        var unchecked_ = new List<(Package, string)>();
        foreach (var package in packages)
        {
            if (Unmatchable(package) is { } why)
            {
                unchecked_.Add((package, why));
                continue;
            }

            var key = Key(package);
            if (!candidates.ContainsKey(key))
            {
                candidates[key] = database.Lookup(key.Ecosystem, key.Name);
            }
        }

        var matches = new ConcurrentBag<VulnerabilityMatch>();
        var unreadable = new ConcurrentBag<(Package, string)>();
        Parallel.ForEach(packages, package =>
        {
            if (Unmatchable(package) is not null || !candidates.TryGetValue(Key(package), out var found) || found.Count == 0)
            {
                return;
            }

            var version = package.SourceName is not null && package.SourceVersion is not null ? package.SourceVersion : package.Version;
            var scheme = VersionSchemes.For(package.Ecosystem);
            if (scheme is not null && scheme.Parse(version) is null)
            {
                unreadable.Add((package, $"the version \"{version}\" is not a valid {scheme.Name} version"));
                return;
            }

            var hits = new List<(OsvAdvisory Advisory, RangeVerdict Verdict)>();
            foreach (var (advisory, affected) in found)
            {
                if (advisory.Withdrawn is not null)
                {
                    continue;
                }

                var verdict = RangeEvaluator.Evaluate(version, affected, scheme);
                if (verdict.Affected)
                {
                    hits.Add((advisory, verdict));
                }
            }

            foreach (var group in AliasGroups.Group(hits.Select(h => h.Advisory).Distinct().ToList()))
            {
                var fixes = hits.Where(h => group.Contains(h.Advisory)).SelectMany(h => h.Verdict.FixedIn).Distinct(StringComparer.Ordinal).ToList();
                matches.Add(new VulnerabilityMatch(package, group[0], group, LowestFirst(fixes, scheme)));
            }
        });

        return new MatchResult(
            [.. matches.OrderBy(m => m.Package.File, StringComparer.Ordinal).ThenBy(m => m.Package.Line).ThenBy(m => m.Primary.Id, StringComparer.Ordinal)
                .ThenBy(m => m.Package.Name, StringComparer.Ordinal).ThenBy(m => m.Package.Version, StringComparer.Ordinal)],
            [.. unchecked_, .. unreadable]);
    }

    // Fixed versions come from ECOSYSTEM and SEMVER ranges alike (Go's are SEMVER, written without the "v" its
    // scheme wants): order them in the first scheme that reads them all, else leave them as the advisories list them.
    private static List<string> LowestFirst(List<string> fixes, IVersionScheme? scheme)
    {
        foreach (var candidate in new[] { scheme, VersionSchemes.SemVer })
        {
            if (candidate is not null && fixes.Select(candidate.Parse).ToList() is var parsed && parsed.All(p => p is not null))
            {
                return [.. fixes.Zip(parsed).OrderBy(f => f.Second!).Select(f => f.First)];
            }
        }

        return fixes;
    }

    private static (string Ecosystem, string Name) Key(Package package) =>
        (package.OsvEcosystem, PackageNames.Normalise(package.Ecosystem, package.SourceName ?? package.Name));

    private static string? Unmatchable(Package package) =>
        package.Version.Length == 0 ? "no exact version (not pinned)"
        : Ecosystems.OperatingSystems.Contains(package.Ecosystem) && package.Release is null ? "the distribution release is not known"
        : null;
}
