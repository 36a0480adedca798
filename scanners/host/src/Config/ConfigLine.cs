namespace Bulwark.Scanners.Host.Config;

/// <summary>One logical line of a configuration file: its text (continuations joined) and the line it starts on.</summary>
/// <param name="Text">The text, trimmed.</param>
/// <param name="Number">The 1-based line where it starts.</param>
internal readonly record struct ConfigLine(string Text, int Number);
