using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>A block label, such as <c>"aws_s3_bucket"</c> in <c>resource "aws_s3_bucket" "logs" { }</c>.</summary>
/// <param name="Value">The label text, escapes decoded.</param>
/// <param name="IsQuoted">True for a quoted label, false for a bare identifier.</param>
/// <param name="Range">Where the label is written, quotes included.</param>
public sealed record BlockLabel(string Value, bool IsQuoted, SourceRange Range);
