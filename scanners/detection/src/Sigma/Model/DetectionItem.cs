namespace Bulwark.Scanners.Detection.Sigma.Model;

/// <summary>
/// One <c>field|modifiers: values</c> entry, or a keyword search when <see cref="Field"/> is null (a list of plain
/// values, or a <c>'|all'</c> key). Values are linked with OR unless the <c>all</c> modifier links them with AND.
/// </summary>
internal sealed record DetectionItem(string? Field, ModifierChain Modifiers, IReadOnlyList<SigmaValue> Values, string Where)
    : SearchNode(Where)
{
    public bool IsKeyword => Field is null;
}
