namespace Bulwark.Scanners.Host.Files;

/// <summary>A parsed glob bracket expression (<c>[a-z]</c>, <c>[!x]</c>).</summary>
/// <param name="End">The index just past its closing <c>]</c>; 0 when the bracket is not closed (then <c>[</c> is literal).</param>
/// <param name="Negate">True for <c>[!…]</c> and <c>[^…]</c>.</param>
/// <param name="Ranges">The characters accepted, as inclusive ranges.</param>
internal readonly record struct GlobBracket(int End, bool Negate, List<(char From, char To)> Ranges)
{
    /// <summary>True when <paramref name="c"/> is in the set (or, negated, not in it).</summary>
    public bool Accepts(char c) => Ranges.Any(r => c >= r.From && c <= r.To) != Negate;
}
