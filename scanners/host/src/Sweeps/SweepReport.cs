using Bulwark.Scanners.Host.Files;
using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Sweeps;

/// <summary>Turns a sweep into its outcome: the count in the message, at most <see cref="FileSweeps.EvidenceLimit"/> entries as evidence.</summary>
internal static class SweepReport
{
    /// <summary>Fails when the sweep matched anything, passes otherwise; either way says what could not be read.</summary>
    internal static CheckOutcome Of(SweepResult sweep, IReadOnlyList<string> roots, Func<HostFileInfo, Evidence> describe, string what, string none)
    {
        var where = Where(roots);
        return sweep.Matches.Count > 0
            ? CheckOutcome.Failed($"{sweep.Matches.Count} {what} {where}{Shown(sweep.Matches.Count)}{Unreadable(sweep)}", [.. Capped(sweep.Matches, describe), .. UnreadableEvidence(sweep)])
            : CheckOutcome.Passed($"{none} {where} ({sweep.Examined} entries examined){Unreadable(sweep)}", [.. UnreadableEvidence(sweep)]);
    }

    /// <summary>The setuid/setgid inventory: fails listing the unexpected programs, passes listing the expected ones.</summary>
    internal static CheckOutcome Inventory(SweepResult sweep, IReadOnlyList<string> roots, Func<HostFileInfo, Evidence> describe)
    {
        var where = Where(roots);
        var total = sweep.Matches.Count + sweep.Excepted.Count;
        if (sweep.Matches.Count > 0)
        {
            return CheckOutcome.Failed(
                $"{sweep.Matches.Count} of {total} setuid/setgid files {where} are not on the expected list{Shown(sweep.Matches.Count)}{Unreadable(sweep)}",
                [.. Capped(sweep.Matches, describe), .. UnreadableEvidence(sweep)]);
        }

        return CheckOutcome.Passed(
            $"all {total} setuid/setgid files {where} are on the expected list{Shown(total)}{Unreadable(sweep)}",
            [.. Capped(sweep.Excepted, entry => describe(entry) with { Required = "expected (except:)" }), .. UnreadableEvidence(sweep)]);
    }

    private static string Where(IReadOnlyList<string> roots) => "under " + string.Join(", ", roots);

    private static string Shown(int count) =>
        count > FileSweeps.EvidenceLimit ? $" (the first {FileSweeps.EvidenceLimit} are listed)" : string.Empty;

    private static string Unreadable(SweepResult sweep) =>
        sweep.Unreadable.Count == 0 ? string.Empty
        : sweep.Unreadable.Count == 1 ? "; 1 directory could not be read"
        : $"; {sweep.Unreadable.Count} directories could not be read";

    private static IEnumerable<Evidence> Capped(IReadOnlyList<HostFileInfo> entries, Func<HostFileInfo, Evidence> describe) =>
        entries.Take(FileSweeps.EvidenceLimit).Select(describe);

    private static IEnumerable<Evidence> UnreadableEvidence(SweepResult sweep) =>
        sweep.Unreadable.Take(FileSweeps.EvidenceLimit).Select(problem => new Evidence(null, 0, problem, "every directory readable"));
}
