namespace Bulwark.Scanners.Host.Sweeps;

/// <summary>The <c>under:</c> directories of a <c>files:</c> check, made absolute and without overlaps.</summary>
internal static class SweepRoots
{
    /// <summary>
    /// The directories to walk: <c>/</c> when none are given; a directory inside another listed one is dropped, so
    /// nothing is walked (or reported) twice. Returns a problem for a path that is not absolute.
    /// </summary>
    internal static (IReadOnlyList<string> Roots, string? Problem) Of(IReadOnlyList<string> under)
    {
        if (under.Count == 0)
        {
            return (["/"], null);
        }

        var relative = under.FirstOrDefault(path => !path.StartsWith('/'));
        if (relative is not null)
        {
            return ([], $"under path '{relative}' is not absolute (it must start with /)");
        }

        var roots = under
            .Select(path => path.Length > 1 ? path.TrimEnd('/') : path)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(path => path.Length)
            .ToList();
        var kept = new List<string>();
        foreach (var root in roots.Where(root => !kept.Any(outer => Inside(root, outer))))
        {
            kept.Add(root);
        }

        return (kept, null);
    }

    private static bool Inside(string path, string outer) =>
        outer == "/" || path == outer || path.StartsWith(outer + "/", StringComparison.Ordinal);
}
