namespace Bulwark.Scanners.Packages.Formats.Toml;

/// <summary>Where a TOML file stops following the grammar, and why.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Message">What is wrong, for a person.</param>
internal sealed record TomlSyntaxError(int Line, int Column, string Message);
