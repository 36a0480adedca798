namespace Bulwark.Scanners.Detection.Tests.Parsing;

/// <summary>Test input for <c>ILogFormat.Parse</c>: lines numbered from 1, as the reader numbers them.</summary>
internal static class NumberedLines
{
    public static IEnumerable<(long Line, string Text)> Of(params string[] lines) =>
        lines.Select((text, index) => ((long)index + 1, text));
}
