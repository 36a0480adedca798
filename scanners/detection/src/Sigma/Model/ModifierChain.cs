namespace Bulwark.Scanners.Detection.Sigma.Model;

/// <summary>
/// The modifiers of one detection item in the order written (they apply in that order), with what they add up to.
/// Built by <c>ModifierParser</c>, which refuses unknown modifiers and combinations the specification does not define.
/// </summary>
internal sealed class ModifierChain
{
    public static ModifierChain None { get; } = new([]);

    public ModifierChain(IReadOnlyList<SigmaModifier> order)
    {
        Order = order;
        Kind = Has(SigmaModifier.Re) ? ValueKind.Regex
            : Has(SigmaModifier.Cidr) ? ValueKind.Cidr
            : Has(SigmaModifier.Exists) ? ValueKind.Exists
            : Has(SigmaModifier.FieldRef) ? ValueKind.FieldRef
            : Comparison is not null || TimePart is not null ? ValueKind.Number
            : ValueKind.Text;
    }

    public IReadOnlyList<SigmaModifier> Order { get; }

    public ValueKind Kind { get; }

    /// <summary>Values linked with AND instead of OR.</summary>
    public bool All => Has(SigmaModifier.All);

    public bool Cased => Has(SigmaModifier.Cased);

    /// <summary>The field must differ from the value (each value negated).</summary>
    public bool Neq => Has(SigmaModifier.Neq);

    public bool Expand => Has(SigmaModifier.Expand);

    /// <summary><c>contains</c>, <c>startswith</c> or <c>endswith</c>, or null for a whole-value match.</summary>
    public SigmaModifier? Position => Order.Select(m => (SigmaModifier?)m).FirstOrDefault(m => m is SigmaModifier.Contains or SigmaModifier.StartsWith or SigmaModifier.EndsWith);

    /// <summary><c>lt</c>, <c>lte</c>, <c>gt</c> or <c>gte</c>, or null.</summary>
    public SigmaModifier? Comparison => Order.Select(m => (SigmaModifier?)m).FirstOrDefault(m => m is SigmaModifier.Lt or SigmaModifier.Lte or SigmaModifier.Gt or SigmaModifier.Gte);

    /// <summary><c>minute</c> to <c>year</c>, or null.</summary>
    public SigmaModifier? TimePart => Order.Select(m => (SigmaModifier?)m).FirstOrDefault(m => m is >= SigmaModifier.Minute and <= SigmaModifier.Year);

    public bool Has(SigmaModifier modifier) => Order.Contains(modifier);

    /// <summary>The modifiers as written after the field name (<c>|contains|all</c>).</summary>
    public override string ToString() => string.Concat(Order.Select(m => "|" + ModifierNames.Name(m)));
}
