namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>The parts of a for expression, gathered by the parser before the node is built.</summary>
internal readonly record struct ForClauses(
    string? KeyVariable,
    string ValueVariable,
    Expression Collection,
    Expression? KeyExpression,
    Expression ValueExpression,
    Expression? Condition,
    bool IsGrouped);
