namespace Bulwark.Scanners.Host.Benchmarks;

/// <summary>Orders section ids as documents number them: 2.4 before 4, 5.10 after 5.9; non-numeric parts by text.</summary>
public sealed class SectionOrder : IComparer<string>
{
    /// <summary>The one instance.</summary>
    public static SectionOrder Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        var left = (x ?? "").Split('.');
        var right = (y ?? "").Split('.');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var order = int.TryParse(left[i], out var a) && int.TryParse(right[i], out var b)
                ? a.CompareTo(b)
                : string.CompareOrdinal(left[i], right[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return left.Length.CompareTo(right.Length);
    }
}
