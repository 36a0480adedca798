namespace Bulwark.Sdk;

/// <summary>One line of source shown around a finding, with every secret on it already redacted.</summary>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Text">The line's text, redacted and shortened if it was very long.</param>
public sealed record SnippetLine(int Number, string Text);
