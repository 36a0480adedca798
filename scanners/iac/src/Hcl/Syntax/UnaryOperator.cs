namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>The unary operators.</summary>
public enum UnaryOperator
{
    /// <summary><c>-x</c>.</summary>
    Negate,

    /// <summary><c>!x</c>.</summary>
    Not,
}
