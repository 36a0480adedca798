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

        // Lockfiles of one repository name the same package at the same version again and again: each distinct
        // (ecosystem, name, version) is evaluated once and its verdict shared by every package that has it.
        var distinct = packages.Where(p => Unmatchable(p) is null && candidates.TryGetValue(Key(p), out var found) && found.Count > 0)
            .GroupBy(p => (Key(p), VersionOf(p)))
            .ToList();
        var matches = new ConcurrentBag<VulnerabilityMatch>();
        var unreadable = new ConcurrentBag<(Package, string)>();
        Parallel.ForEach(distinct, group =>
        {
            var ((ecosystem, name), version) = group.Key;
            var first = group.First();
            var scheme = VersionSchemes.For(first.Ecosystem);
            if (scheme is not null && scheme.Parse(version) is null)
            {
                foreach (var package in group)
                {
                    unreadable.Add((package, $"the version \"{version}\" is not a valid {scheme.Name} version"));
                }

                return;
            }

            var hits = new List<(OsvAdvisory Advisory, RangeVerdict Verdict)>();
            foreach (var (advisory, affected) in candidates[(ecosystem, name)])
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

            foreach (var advisories in AliasGroups.Group(hits.Select(h => h.Advisory).Distinct().ToList()))
            {
                var fixes = LowestFirst(hits.Where(h => advisories.Contains(h.Advisory)).SelectMany(h => h.Verdict.FixedIn).Distinct(StringComparer.Ordinal).ToList(), scheme);
                foreach (var package in group)
                {
                    matches.Add(new VulnerabilityMatch(package, advisories[0], advisories, fixes));
                }
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

    // OS binary packages are judged by their source package's version (a binNMU differs from it).
    private static string VersionOf(Package package) =>
        package.SourceName is not null && package.SourceVersion is not null ? package.SourceVersion : package.Version;

    private static (string Ecosystem, string Name) Key(Package package) =>
        (package.OsvEcosystem, PackageNames.Normalise(package.Ecosystem, package.SourceName ?? package.Name));

    private static string? Unmatchable(Package package) =>
        package.Version.Length == 0 ? "no exact version (not pinned)"
        : Ecosystems.OperatingSystems.Contains(package.Ecosystem) && package.Release is null ? "the distribution release is not known"
        : null;
}
