using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>One <c>key = value</c> (or <c>key: value</c>) item of an object constructor.</summary>
public sealed class ObjectItem : Node
{
    internal ObjectItem(Expression key, bool keyIsIdentifier, Expression value)
        : base(new(key.Range.StartLine, key.Range.StartColumn, value.Range.EndLine, value.Range.EndColumn))
    {
        Key = key;
        KeyIsIdentifier = keyIsIdentifier;
        Value = value;
        Depth = DepthOf(key, value);
    }

    /// <summary>
    /// The key. A bare identifier is a <see cref="VariableExpr"/> with <see cref="KeyIsIdentifier"/> set and
    /// means the literal name, not a variable; write <c>(name)</c> to use a variable's value.
    /// </summary>
    public Expression Key { get; }

    /// <summary>True when the key is a bare identifier, which names the attribute literally.</summary>
    public bool KeyIsIdentifier { get; }

    /// <summary>The value.</summary>
    public Expression Value { get; }

    /// <summary>The key when it is known without evaluation: a bare identifier or a quoted string without sequences.</summary>
    public string? StaticKey => Key switch
    {
        VariableExpr name when KeyIsIdentifier => name.Name,
        TemplateExpr template => template.LiteralValue,
        _ => null,
    };

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => [Key, Value];
}
