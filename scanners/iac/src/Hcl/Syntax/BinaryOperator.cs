namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>The binary operators, loosest-binding first.</summary>
public enum BinaryOperator
{
    /// <summary><c>||</c> (level 1).</summary>
    Or,

    /// <summary><c>&amp;&amp;</c> (level 2).</summary>
    And,

    /// <summary><c>==</c> (level 3).</summary>
    Equal,

    /// <summary><c>!=</c> (level 3).</summary>
    NotEqual,

    /// <summary><c>&lt;</c> (level 4).</summary>
    Less,

    /// <summary><c>&lt;=</c> (level 4).</summary>
    LessOrEqual,

    /// <summary><c>&gt;</c> (level 4).</summary>
    Greater,

    /// <summary><c>&gt;=</c> (level 4).</summary>
    GreaterOrEqual,

    /// <summary><c>+</c> (level 5).</summary>
    Add,

    /// <summary><c>-</c> (level 5).</summary>
    Subtract,

    /// <summary><c>*</c> (level 6).</summary>
    Multiply,

    /// <summary><c>/</c> (level 6).</summary>
    Divide,

    /// <summary><c>%</c> (level 6).</summary>
    Modulo,
}
