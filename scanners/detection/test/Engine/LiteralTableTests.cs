using Bulwark.Scanners.Detection.Engine;

namespace Bulwark.Scanners.Detection.Tests.Engine;

/// <summary>A literal table marks exactly the literals a text starts (or ends) with, ignoring case as ordinal comparison does.</summary>
public sealed class LiteralTableTests
{
    private static readonly string[] Literals =
        ["/etc/shadow", "/etc/passwd", "/et", "/ETC/sudoers", "ix", "ixyz", "İx", "ıxyz", "straße", "STRASSE", "a\0b", "a", "éT", "KELVIN", "kelvin"];

    private static readonly string[] Texts =
        ["/etc/shadow", "/ETC/SHADOW -l", "/etc/pas", "/e", "", "ıxyz", "IXYZ", "ixyzw", "İXa", "Straße ok", "strasse", "a\0b", "a\0", "ÉT", "éta", "\u212Aelvin", "kElViN",
         "cat /etc/passwd", "x/etc/sudoers"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Marks_what_a_comparison_ignoring_case_finds(bool suffixes)
    {
        var rules = Literals.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => new List<int> { x.i });
        var table = new LiteralTable(rules, suffixes);
        foreach (var text in Texts)
        {
            var bits = new ulong[RuleBits.Words(Literals.Length)];
            table.Mark(text, bits);

            var expected = Literals.Select((l, i) => (l, i))
                .Where(x => suffixes ? text.EndsWith(x.l, StringComparison.OrdinalIgnoreCase) : text.StartsWith(x.l, StringComparison.OrdinalIgnoreCase))
                .Select(x => x.i);
            Assert.Equal(expected, Enumerable.Range(0, Literals.Length).Where(i => RuleBits.Has(bits, i)));
        }
    }
}
