using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>A body: attributes and blocks, in source order.</summary>
public sealed class Body : Node
{
    internal Body(IReadOnlyList<BodyItem> items, SourceRange range)
        : base(range)
    {
        Items = items;
        Depth = DepthOf(items);
    }

    /// <summary>The attributes and blocks in source order.</summary>
    public IReadOnlyList<BodyItem> Items { get; }

    /// <summary>The attributes, in source order.</summary>
    public IEnumerable<HclAttribute> Attributes => Items.OfType<HclAttribute>();

    /// <summary>The blocks, in source order.</summary>
    public IEnumerable<Block> Blocks => Items.OfType<Block>();

    /// <summary>The first attribute called <paramref name="name"/>, or null (a redefinition is a diagnostic).</summary>
    public HclAttribute? FindAttribute(string name)
    {
        foreach (var item in Items)
        {
            if (item is HclAttribute attribute && attribute.Name == name)
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>The blocks of type <paramref name="type"/>, in source order.</summary>
    public IEnumerable<Block> BlocksOfType(string type) => Blocks.Where(b => b.Type == type);

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => Items;
}
