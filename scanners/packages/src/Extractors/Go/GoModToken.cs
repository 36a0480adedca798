namespace Bulwark.Scanners.Packages.Extractors.Go;

/// <summary>One word of a go.mod line: a bare word, an unquoted string, or an operator such as <c>=&gt;</c>, <c>(</c> or <c>)</c>.</summary>
/// <param name="Text">The word, with quotes removed and escapes applied.</param>
/// <param name="Column">The 1-based column where it starts.</param>
/// <param name="Quoted">True when it was written in quotes (so <c>"("</c> is not a block opener).</param>
internal sealed record GoModToken(string Text, int Column, bool Quoted)
{
    /// <summary>True for the unquoted word <paramref name="text"/>.</summary>
    public bool Is(string text) => !Quoted && Text == text;
}
