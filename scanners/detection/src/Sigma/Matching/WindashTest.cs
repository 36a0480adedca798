using System.Buffers;

namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>
/// <c>windash</c> without expanding every permutation: the rule value had its dashes made '-', and so does the event
/// value here. A position where the rule has a dash then accepts any of the five, and every other position compares as
/// before, which is exactly what the permutations would match.
/// </summary>
internal sealed class WindashTest : IValueTest
{
    private static readonly SearchValues<char> Others = SearchValues.Create("/\u2013\u2014\u2015");
    private readonly IValueTest _inner;

    public WindashTest(IValueTest inner)
    {
        _inner = inner;
        // The dash-free runs of a literal survive normalising, so the longest run is still a literal of the original
        // (somewhere: the dashes around it may have been other characters).
        Literals = inner.Literals?.Select(l => l.Text.Split('-').MaxBy(run => run.Length)!).ToList() is { } runs && runs.All(r => r.Length > 0) ? ValueLiteral.Anywhere(runs) : null;
    }

    /// <summary>The four characters windash treats as '-' (slash, en dash, em dash, horizontal bar).</summary>
    public static string Dashes => "/\u2013\u2014\u2015";

    public IReadOnlyList<ValueLiteral>? Literals { get; }

    /// <summary>The text with each of the five dashes written as '-'.</summary>
    public static string Normalise(string text)
    {
        var first = text.AsSpan().IndexOfAny(Others);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, first, (span, from) =>
        {
            text.AsSpan().CopyTo(span);
            for (var i = from; i < span.Length; i++)
            {
                if (Others.Contains(span[i]))
                {
                    span[i] = '-';
                }
            }
        });
    }

    public bool Test(string value) => _inner.Test(Normalise(value));
}
