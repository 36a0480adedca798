namespace Bulwark.Scanners.Packages.Formats.Xml;

/// <summary>Where a document stops being well-formed XML, and why.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Message">What is wrong, for a person, without the position (the caller places it).</param>
internal sealed record XmlSyntaxError(int Line, int Column, string Message);
