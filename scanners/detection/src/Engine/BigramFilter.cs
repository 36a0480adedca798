namespace Bulwark.Scanners.Detection.Engine;

/// <summary>
/// The first two characters (case folded) of a set of literals, as a bitmap: where a value's two characters at some
/// position are not in it, no literal of the set starts there. Checking one bit per position is cheaper than a
/// multi-string search on the short values log fields hold (a command line is a few dozen characters).
/// </summary>
internal sealed class BigramFilter
{
    // 7 bits per character: ASCII folded to upper case, everything else to one class that always passes to the full compare.
    private const int Other = 127;
    private readonly ulong[] _bits = new ulong[(1 << 14) / 64];

    public BigramFilter(IEnumerable<string> literals)
    {
        foreach (var literal in literals)
        {
            Set(Class(literal[0]), Class(literal[1]));
        }
    }

    /// <summary>Whether a literal of the set may start with characters of classes <paramref name="first"/> and <paramref name="second"/> (<see cref="Class"/>).</summary>
    public bool Has(int first, int second)
    {
        var key = (first << 7) | second;
        return (_bits[key >> 6] & (1UL << (key & 63))) != 0;
    }

    private void Set(int first, int second)
    {
        // A non-ASCII character may fold to anything, so its class is set against every other class.
        foreach (var a in first == Other ? Enumerable.Range(0, 128) : [first])
        {
            foreach (var b in second == Other ? Enumerable.Range(0, 128) : [second])
            {
                var key = (a << 7) | b;
                _bits[key >> 6] |= 1UL << (key & 63);
            }
        }

        // And a value's non-ASCII character must reach literals whose character it may fold to.
        var keys = new[] { (Other << 7) | second, (first << 7) | Other, (Other << 7) | Other };
        foreach (var key in keys)
        {
            _bits[key >> 6] |= 1UL << (key & 63);
        }
    }

    /// <summary>A character's class: ASCII folded to upper case, anything else one class.</summary>
    public static int Class(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 32,
        < (char)127 => c,
        _ => Other,
    };
}
