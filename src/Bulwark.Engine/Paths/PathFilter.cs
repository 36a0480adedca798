using Bulwark.Rules;
namespace Bulwark.Engine.Paths;

/// <summary>The project's exclusions as one predicate over relative paths (directories end with '/').</summary>
public sealed class PathFilter
{
    private readonly IReadOnlyList<PathGlob> _globs;
    private long _excluded;

    /// <summary>Compiles the exclusion patterns.</summary>
    public PathFilter(IEnumerable<string> patterns) =>
        _globs = patterns.Where(p => !string.IsNullOrWhiteSpace(p)).Select(PathGlob.Parse).ToList();

    /// <summary>How many paths this filter has excluded so far (a pruned folder counts once). Thread-safe.</summary>
    public long ExcludedCount => Interlocked.Read(ref _excluded);

    /// <summary>Whether a path is excluded from the scan; counts it when it is.</summary>
    public bool IsExcluded(string relativePath)
    {
        if (_globs.Count == 0 || !_globs.Any(g => g.IsMatch(relativePath)))
        {
            return false;
        }

        Interlocked.Increment(ref _excluded);
        return true;
    }
}
