using System.Text;
using Bulwark.Scanners.Secrets.Matching;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Secrets.Output;

/// <summary>
/// Builds the lines shown around a finding with every secret span in the file redacted, so a snippet never
/// shows a neighbouring secret either. Long lines are cut around the part that matters.
/// </summary>
public static class SnippetBuilder
{
    private const int Context = 2;
    private const int MaxLineLength = 160;

    /// <summary>The lines from <paramref name="first"/> − 2 to <paramref name="last"/> + 2, redacted.</summary>
    public static IReadOnlyList<SnippetLine> Around(ReadOnlySpan<char> text, LineMap lines, int first, int last, SpanIndex secrets, int focusOffset)
    {
        var result = new List<SnippetLine>();
        var from = Math.Max(1, first - Context);
        var to = Math.Min(lines.LineCount, last + Context);
        for (var number = from; number <= to; number++)
        {
            var start = lines.StartOf(number);
            var line = lines.Line(number);
            var redacted = Redact(text, start, start + line.Length, secrets);
            var focus = number == first ? focusOffset - start : 0;
            result.Add(new SnippetLine(number, Shorten(redacted, focus)));
        }

        return result;
    }

    /// <summary>The text between two offsets with every secret span replaced by its redacted form.</summary>
    public static string Redact(ReadOnlySpan<char> text, int start, int end, SpanIndex secrets)
    {
        var builder = new StringBuilder(end - start);
        var at = start;
        foreach (var (secretStart, secretEnd) in secrets.Overlapping(start, end))
        {
            if (secretStart > at)
            {
                builder.Append(text[at..secretStart]);
            }

            if (secretEnd > at)
            {
                // A span that began on an earlier line shows as a redaction mark on every line it covers.
                builder.Append(secretStart >= start ? Redaction.Of(text[secretStart..secretEnd]) : "…[redacted]");
                at = Math.Min(secretEnd, end);
            }
        }

        if (at < end)
        {
            builder.Append(text[at..end]);
        }

        return builder.ToString().Replace('\t', ' ').TrimEnd('\r');
    }

    /// <summary>Cuts a long line to a window around <paramref name="focus"/>, marking the cuts.</summary>
    public static string Shorten(string line, int focus)
    {
        if (line.Length <= MaxLineLength)
        {
            return line;
        }

        var start = Math.Clamp(focus - (MaxLineLength / 4), 0, line.Length - MaxLineLength);
        var cut = line.Substring(start, MaxLineLength);
        return (start > 0 ? "…" : "") + cut + (start + MaxLineLength < line.Length ? "…" : "");
    }
}
