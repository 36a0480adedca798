using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>Literal text in a template. Its range is the raw text's; its value is decoded.</summary>
public sealed class TemplateLiteral : TemplatePart
{
    internal TemplateLiteral(string value, SourceRange range)
        : base(range)
    {
        Value = value;
    }

    /// <summary>
    /// The text with escapes decoded (<c>\n</c>, <c>$${</c> …), heredoc indentation removed and whitespace
    /// next to a <c>~</c> strip marker trimmed. The parser trims after construction, hence the internal setter.
    /// </summary>
    public string Value { get; internal set; }

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => [];
}
