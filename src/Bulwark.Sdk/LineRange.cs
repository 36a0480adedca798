namespace Bulwark.Sdk;

/// <summary>An inclusive range of 1-based line numbers.</summary>
/// <param name="Start">The first line.</param>
/// <param name="End">The last line, at least <paramref name="Start"/>.</param>
public readonly record struct LineRange(int Start, int End)
{
    /// <summary>Whether any line from <paramref name="first"/> to <paramref name="last"/> lies in the range.</summary>
    public bool Overlaps(int first, int last) => first <= End && last >= Start;
}
