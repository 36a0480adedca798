namespace Bulwark.Scanners.Iac.Policy;

/// <summary>What a leaf condition tests about the values its path leads to.</summary>
public enum Operator
{
    /// <summary>Equal to the operand.</summary>
    EqualTo,

    /// <summary>Present and different from the operand.</summary>
    NotEqualTo,

    /// <summary>Equal to one of the operands.</summary>
    OneOf,

    /// <summary>Present and equal to none of the operands.</summary>
    NotOneOf,

    /// <summary>A list holding the operand, or a string containing it.</summary>
    Contains,

    /// <summary>Present, and neither a list holding the operand nor a string containing it.</summary>
    NotContains,

    /// <summary>Text matching the regular expression.</summary>
    Matches,

    /// <summary>Present text not matching the regular expression.</summary>
    NotMatches,

    /// <summary>A number below the operand.</summary>
    LessThan,

    /// <summary>A number above the operand.</summary>
    GreaterThan,

    /// <summary>A number at most the operand.</summary>
    AtMost,

    /// <summary>A number at least the operand.</summary>
    AtLeast,

    /// <summary>Present and not null.</summary>
    Exists,

    /// <summary>Missing or null.</summary>
    Absent,

    /// <summary>Missing, null, an empty string, list or object.</summary>
    Empty,

    /// <summary>The key the value is written under matches a regular expression (<c>env.*</c> keys that look like secrets).</summary>
    KeyMatches,
}
