using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Sweeps;

/// <summary>Walks the <c>under:</c> trees once and keeps the entries a sweep looks for.</summary>
internal static class SweepWalk
{
    // Kernel views, not files: their modes and owners say nothing about the installed system.
    private static readonly string[] Virtual = ["/proc", "/sys"];

    /// <summary>
    /// Walks every root, keeping entries <paramref name="wanted"/> accepts. With <paramref name="pruneExcepted"/>
    /// the directories an except glob matches are not entered at all; without it (the setuid inventory) they are,
    /// and what the globs cover is returned apart as expected.
    /// </summary>
    internal static SweepResult Run(IHostFiles files, IReadOnlyList<string> roots, ExceptGlobs except, bool pruneExcepted, Func<HostFileInfo, bool> wanted)
    {
        var matches = new List<HostFileInfo>();
        var excepted = new List<HostFileInfo>();
        var unreadable = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var examined = 0;
        foreach (var root in roots.Where(root => !(pruneExcepted && except.Covers(root))))
        {
            Func<string, bool> skip = directory => Skip(directory, root, except, pruneExcepted);

            var walk = files.Walk(root, skip, (directory, reason) => unreadable.Add($"{directory}: {reason}"));
            using var entries = walk.GetEnumerator();
            while (true)
            {
                try
                {
                    if (!entries.MoveNext())
                    {
                        break;
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // The walk cannot go on past a failure inside its enumerator; what it returned so far still counts.
                    unreadable.Add($"the walk of {root} stopped: {e.Message}");
                    break;
                }

                var entry = entries.Current;
                examined++;
                if (!seen.Add(entry.Path) || !wanted(entry))
                {
                    continue;
                }

                (except.Covers(entry.Path) ? excepted : matches).Add(entry);
            }
        }

        return new SweepResult(Sorted(matches), Sorted(excepted), examined, unreadable);
    }

    private static bool Skip(string directory, string root, ExceptGlobs except, bool pruneExcepted)
    {
        var normalized = directory.Length > 1 ? directory.TrimEnd('/') : directory;

        // A benchmark that asks for /proc by name gets it; a walk of / passes it by.
        if (normalized != root && Virtual.Any(path => normalized == path))
        {
            return true;
        }

        return pruneExcepted && except.Matches(normalized);
    }

    private static List<HostFileInfo> Sorted(List<HostFileInfo> entries) =>
        entries.OrderBy(entry => entry.Path, StringComparer.Ordinal).ToList();
}
