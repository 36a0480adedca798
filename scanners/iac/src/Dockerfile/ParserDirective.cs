using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>A parser directive at the top of the file (<c># syntax=…</c>, <c># escape=…</c>, <c># check=…</c>).</summary>
/// <param name="Name">The directive, lower case.</param>
/// <param name="Value">Its value.</param>
/// <param name="Range">Where the value is written.</param>
internal sealed record ParserDirective(string Name, string Value, SourceRange Range);
