namespace Bulwark.Scanners.Packages.Formats.Json;

/// <summary>Where a document stops being JSON, and why.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column (counted in UTF-8 bytes, as the JSON reader does).</param>
/// <param name="Message">What is wrong, for a person, without the position (the caller places it).</param>
internal sealed record JsonSyntaxError(int Line, int Column, string Message);
