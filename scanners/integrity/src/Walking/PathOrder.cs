namespace Bulwark.Scanners.Integrity.Walking;

/// <summary>
/// The one order of paths in a baseline and in a walk: segment by segment, ordinally, so a directory comes right
/// before everything under it. The walk produces it by visiting sorted children depth first, which lets a check
/// merge the walk with the baseline in one pass.
/// </summary>
internal sealed class PathOrder : IComparer<string>
{
    public static PathOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var a = x.AsSpan();
        var b = y.AsSpan();
        var common = Math.Min(a.Length, b.Length);
        for (var i = 0; i < common; i++)
        {
            if (a[i] == b[i])
            {
                continue;
            }

            // '/' ends a segment, so it sorts before any character that continues one.
            if (a[i] == '/')
            {
                return -1;
            }

            return b[i] == '/' ? 1 : a[i].CompareTo(b[i]);
        }

        return a.Length.CompareTo(b.Length);
    }
}
