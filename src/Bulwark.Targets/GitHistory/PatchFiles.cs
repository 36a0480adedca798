using Bulwark.Sdk;
using LibGit2Sharp;

namespace Bulwark.Targets.GitHistory;

/// <summary>Turns a diff into the file versions it adds, each with the lines it added.</summary>
internal static class PatchFiles
{
    /// <summary>
    /// No context lines are needed; renames are detected so a moved file blames only the lines that changed,
    /// as <c>git log -p</c> does by default.
    /// </summary>
    public static CompareOptions Options() => new()
    {
        ContextLines = 0,
        InterhunkLines = 0,
        Similarity = SimilarityOptions.Renames,
    };

    /// <summary>Adds to <paramref name="into"/> each new file version in <paramref name="patch"/> whose blob is not yet in <paramref name="seen"/>.</summary>
    public static void Collect(GitRepository git, Patch patch, Origin origin, HashSet<ObjectId> seen, List<SourceFile> into)
    {
        foreach (var change in patch)
        {
            if (!AddsContent(change) || !seen.Add(change.Oid))
            {
                continue;
            }

            // A binary diff has no lines, so the whole file counts as changed.
            IReadOnlyList<LineRange>? lines = null;
            if (!change.IsBinaryComparison)
            {
                lines = Ranges(change.AddedLines);
                if (lines.Count == 0)
                {
                    // Only deletions, a pure rename or a mode change: nothing new to blame on this change.
                    continue;
                }
            }

            var blob = git.Repository.Lookup<Blob>(change.Oid);
            into.Add(git.File(blob, Slashes(change.Path), origin, lines));
        }
    }

    /// <summary>Consecutive line numbers merged into ranges, in order.</summary>
    public static IReadOnlyList<LineRange> Ranges(IEnumerable<Line> lines)
    {
        var ranges = new List<LineRange>();
        foreach (var number in lines.Select(line => line.LineNumber).Order())
        {
            if (ranges.Count > 0 && number <= ranges[^1].End + 1)
            {
                ranges[^1] = ranges[^1] with { End = Math.Max(number, ranges[^1].End) };
                continue;
            }

            ranges.Add(new LineRange(number, number));
        }

        return ranges;
    }

    private static bool AddsContent(PatchEntryChanges change) =>
        change.Status is ChangeKind.Added or ChangeKind.Modified or ChangeKind.Renamed or ChangeKind.Copied or ChangeKind.TypeChanged
        && change.Mode is not (Mode.SymbolicLink or Mode.GitLink);

    // LibGit2Sharp reports paths with the platform's separator; sources always use '/'.
    private static string Slashes(string path) =>
        System.IO.Path.DirectorySeparatorChar == '/' ? path : path.Replace(System.IO.Path.DirectorySeparatorChar, '/');
}
