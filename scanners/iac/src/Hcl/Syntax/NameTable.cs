namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>
/// Shares one string per distinct name within a parse: Terraform files repeat the same few names
/// (<c>resource</c>, <c>var</c>, <c>tags</c>) thousands of times, and slicing each anew costs memory.
/// </summary>
internal sealed class NameTable
{
    // Long strings rarely repeat; interning them would only grow the table.
    private const int MaxInternedLength = 64;

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public NameTable() => _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The shared string equal to <paramref name="text"/>.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxInternedLength)
        {
            return text.ToString();
        }

        if (_lookup.TryGetValue(text, out var name))
        {
            return name;
        }

        name = text.ToString();
        _names.Add(name, name);
        return name;
    }
}
