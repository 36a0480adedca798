using Bulwark.Scanners.Packages.Model;
using Bulwark.Scanners.Packages.Osv;
using Bulwark.Scanners.Packages.Versions;

namespace Bulwark.Scanners.Packages.Matching;

/// <summary>
/// Decides whether one version is inside an OSV <c>affected</c> entry, exactly as the OSV schema defines it:
/// listed <c>versions</c> match exactly; within each SEMVER or ECOSYSTEM range, events are sorted by version and
/// the version is affected from an <c>introduced</c> (<c>0</c> meaning "from the start") until a <c>fixed</c>
/// (itself not affected) or after a <c>last_affected</c> (itself affected); with <c>limit</c> events the version must also
/// be below one of them (<c>*</c> is infinity). A range
/// whose versions this ecosystem cannot order is not used (never guessed).
/// </summary>
public static class RangeEvaluator
{
    /// <summary>The verdict for <paramref name="version"/>: affected or not, and the fixed versions offered.</summary>
    public static RangeVerdict Evaluate(string version, OsvAffected affected, IVersionScheme? ecosystemScheme)
    {
        var fixes = new List<string>();
        var affectedHere = affected.Versions.Contains(version, StringComparer.Ordinal);
        var undecidable = false;
        foreach (var range in affected.Ranges)
        {
            // Go's order is SemVer with shorthands, and GHSA writes Go ECOSYSTEM events without the "v" Go's scheme wants.
            var scheme = range.Type == "SEMVER" || Ecosystems.Base(affected.Ecosystem) == Ecosystems.Go ? LenientSemVerScheme.Instance : ecosystemScheme;
            if (scheme is null)
            {
                undecidable = true;
                continue;
            }

            var verdict = InRange(version, range, scheme, fixes);
            undecidable |= verdict is null;
            affectedHere |= verdict == true;
        }

        if (!affectedHere && ecosystemScheme is not null && affected.Versions.Count > 0 && ecosystemScheme.Parse(version) is { } parsed)
        {
            // A listed version written differently (1.0 for 1.0.0 in PyPI) is the same version.
            affectedHere = affected.Versions.Any(v => ecosystemScheme.Parse(v) is { } listed && listed.CompareTo(parsed) == 0);
        }

        return new RangeVerdict(affectedHere, affectedHere ? fixes : [], !affectedHere && undecidable);
    }

    // True: in the range; false: not; null: the versions cannot be ordered in this scheme.
    private static bool? InRange(string version, OsvRange range, IVersionScheme scheme, List<string> fixes)
    {
        var current = scheme.Parse(version);
        if (current is null)
        {
            return null;
        }

        var events = new List<(IComparable? Version, OsvEvent Event, int Order)>();
        var limits = new List<IComparable?>();
        for (var i = 0; i < range.Events.Count; i++)
        {
            var e = range.Events[i];
            if (e.Kind == "introduced" && e.Version == "0")
            {
                events.Add((null, e, i));
                continue;
            }

            // A limit containing "*" is infinity (the schema's special value); null stands for it here.
            if (e.Kind == "limit" && e.Version.Contains('*', StringComparison.Ordinal))
            {
                limits.Add(null);
                continue;
            }

            if (scheme.Parse(e.Version) is not { } parsed)
            {
                return null;
            }

            if (e.Kind == "limit")
            {
                limits.Add(parsed);
                continue;
            }

            events.Add((parsed, e, i));
        }

        // The schema's BeforeLimits: with limits, the version must sit below at least one of them.
        if (limits.Count > 0 && !limits.Any(limit => limit is null || current.CompareTo(limit) < 0))
        {
            return false;
        }

        // "0" sorts first; equal versions keep the order they were written in.
        events.Sort((a, b) => a.Version is null ? (b.Version is null ? a.Order.CompareTo(b.Order) : -1)
            : b.Version is null ? 1
            : a.Version.CompareTo(b.Version) is var c && c != 0 ? c : a.Order.CompareTo(b.Order));

        var affected = false;
        string? nextFix = null;
        foreach (var (at, e, _) in events)
        {
            switch (e.Kind)
            {
                case "introduced" when at is null || current.CompareTo(at) >= 0:
                    affected = true;
                    nextFix = null;
                    break;
                case "fixed" when current.CompareTo(at!) >= 0:
                    affected = false;
                    break;
                case "fixed" when affected && nextFix is null:
                    nextFix = e.Version;
                    break;
                case "last_affected" when current.CompareTo(at!) > 0:
                    affected = false;
                    break;
            }
        }

        if (affected && nextFix is not null)
        {
            fixes.Add(nextFix);
        }

        return affected;
    }
}
