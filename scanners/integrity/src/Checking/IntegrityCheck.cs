using Bulwark.Scanners.Integrity.Changes;
using Bulwark.Scanners.Integrity.Database;
using Bulwark.Scanners.Integrity.Policy;
using Bulwark.Scanners.Integrity.Recording;
using Bulwark.Scanners.Integrity.Walking;

namespace Bulwark.Scanners.Integrity.Checking;

/// <summary>
/// One pass over a root: the walk and the baseline are merged in path order, every file present is examined on all
/// cores (results kept in order), and each pair is compared; the new state can be written as the next baseline on the
/// way (<c>fim init</c> and <c>fim update</c>). Memory holds the pairs in flight, not the tree.
/// </summary>
internal sealed class IntegrityCheck(TreeWalker walker, FimPolicy policy)
{
    /// <summary>Runs the pass; <paramref name="baseline"/> is empty for a first baseline, <paramref name="writer"/> null for a check.</summary>
    public CheckOutcome Run(IEnumerable<Entry> baseline, BaselineWriter? writer, CancellationToken cancellationToken) =>
        Run(Merge(walker.Walk(cancellationToken), baseline), writer, cancellationToken);

    /// <summary>Records a first baseline: every path is examined and written, and nothing is compared (everything would be new).</summary>
    public CheckOutcome Record(BaselineWriter writer, CancellationToken cancellationToken) =>
        Run(Merge(walker.Walk(cancellationToken), []), writer, cancellationToken, compare: false);

    /// <summary>Compares given pairs (in path order): what the walk met now and the baseline's entry for the same path.</summary>
    public CheckOutcome Run(IEnumerable<(Observed? Now, Entry? Before)> pairs, BaselineWriter? writer, CancellationToken cancellationToken, bool compare = true)
    {
        var changes = new List<Change>();
        var errors = new List<(string Path, string Message)>();
        var logs = new LogWatch(walker);
        long examined = 0;
        var examinedPairs = OrderedExamination.Run(pairs, policy.SkipUnchanged, cancellationToken);
        foreach (var (before, after) in examinedPairs)
        {
            if (after is not null)
            {
                examined++;
                writer?.Add(after);
                if (after.Error is not null)
                {
                    errors.Add((after.Path, after.Error));
                }
            }

            if (compare && !logs.Take(before, after, changes))
            {
                changes.AddRange(ChangeDetector.Compare(before, after));
            }
        }

        logs.Resolve(changes);
        return new CheckOutcome(changes, errors, examined);
    }

    private static IEnumerable<(Observed? Now, Entry? Before)> Merge(IEnumerable<Observed> walk, IEnumerable<Entry> baseline)
    {
        using var now = walk.GetEnumerator();
        using var before = baseline.GetEnumerator();
        var hasNow = now.MoveNext();
        var hasBefore = before.MoveNext();
        while (hasNow || hasBefore)
        {
            var order = !hasNow ? 1 : !hasBefore ? -1 : PathOrder.Instance.Compare(now.Current.Path, before.Current.Path);
            if (order < 0)
            {
                yield return (now.Current, null);
                hasNow = now.MoveNext();
            }
            else if (order > 0)
            {
                yield return (null, before.Current);
                hasBefore = before.MoveNext();
            }
            else
            {
                yield return (now.Current, before.Current);
                hasNow = now.MoveNext();
                hasBefore = before.MoveNext();
            }
        }
    }
}
