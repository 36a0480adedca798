using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>
/// A comment in an HCL file. Comments are not part of the syntax tree, but suppression comments
/// (<c># bulwark:ignore</c>, <c>#tfsec:ignore:…</c>) are read from them, so the parser keeps them.
/// </summary>
/// <param name="Text">The text between the comment markers (<c>#</c>, <c>//</c>, or <c>/*</c> and <c>*/</c>), untrimmed.</param>
/// <param name="Style">Which comment syntax was used.</param>
/// <param name="Range">Where the comment is, markers included.</param>
public sealed record Comment(string Text, CommentStyle Style, SourceRange Range);
