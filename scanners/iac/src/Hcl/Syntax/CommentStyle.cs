namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>The three comment syntaxes of HCL.</summary>
public enum CommentStyle
{
    /// <summary>A line comment starting with <c>#</c>.</summary>
    Hash,

    /// <summary>A line comment starting with <c>//</c>.</summary>
    DoubleSlash,

    /// <summary>An inline comment between <c>/*</c> and <c>*/</c>, which may span lines.</summary>
    Block,
}
