namespace Bulwark.Scanners.Packages.Formats.Xml;

/// <summary>
/// An XML element with its line, as <see cref="XmlLineReader"/> reads it: name, attributes, child elements and
/// the text directly inside it. Lookups by name ignore case, as MSBuild does (and Maven's lower-case names
/// are unaffected).
/// </summary>
internal sealed class XmlLineElement
{
    private readonly System.Text.StringBuilder text = new();

    /// <summary>An element named <paramref name="name"/> starting at <paramref name="line"/>:<paramref name="column"/>.</summary>
    public XmlLineElement(string name, int line, int column)
    {
        Name = name;
        Line = line;
        Column = column;
    }

    /// <summary>The local name (namespace prefix dropped).</summary>
    public string Name { get; }

    /// <summary>The 1-based line of the start tag.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the start tag's <c>&lt;</c>.</summary>
    public int Column { get; }

    /// <summary>The attributes by local name.</summary>
    public Dictionary<string, string> Attributes { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The child elements in document order.</summary>
    public List<XmlLineElement> Children { get; } = [];

    /// <summary>The text directly inside the element (entities resolved), trimmed.</summary>
    public string Text => text.ToString().Trim();

    /// <summary>Adds a piece of text content.</summary>
    public void AppendText(string value) => text.Append(value);

    /// <summary>The first child named <paramref name="name"/>, or null.</summary>
    public XmlLineElement? Child(string name) =>
        Children.FirstOrDefault(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The children named <paramref name="name"/>.</summary>
    public IEnumerable<XmlLineElement> ChildrenNamed(string name) =>
        Children.Where(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The text of the first child named <paramref name="name"/>, or null when there is none.</summary>
    public string? ChildText(string name) => Child(name)?.Text;

    /// <summary>The attribute <paramref name="name"/>, or null.</summary>
    public string? Attribute(string name) => Attributes.GetValueOrDefault(name);

    /// <summary>This element and every element below it, in document order.</summary>
    public IEnumerable<XmlLineElement> DescendantsAndSelf()
    {
        yield return this;
        foreach (var descendant in Children.SelectMany(c => c.DescendantsAndSelf()))
        {
            yield return descendant;
        }
    }
}
