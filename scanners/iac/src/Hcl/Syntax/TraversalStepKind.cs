namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>The kinds of step in a <see cref="Traversal"/>.</summary>
public enum TraversalStepKind
{
    /// <summary>Attribute access, <c>.name</c>.</summary>
    Attribute,

    /// <summary>An index by a number literal, <c>[0]</c> or legacy <c>.0</c>.</summary>
    NumberIndex,

    /// <summary>An index by a plain string literal, <c>["key"]</c>.</summary>
    StringIndex,
}
