namespace Bulwark.Scanners.Detection.Engine;

/// <summary>
/// A set of a format's rules (by index) as bits in 64-bit words: the prefilter sets the rules worth evaluating, and
/// the engine then visits only those, a word at a time, instead of checking a flag for every rule on every event.
/// </summary>
internal static class RuleBits
{
    /// <summary>How many words hold <paramref name="rules"/> bits.</summary>
    public static int Words(int rules) => (rules + 63) >> 6;

    public static void Set(Span<ulong> bits, int rule) => bits[rule >> 6] |= 1UL << (rule & 63);

    public static bool Has(ReadOnlySpan<ulong> bits, int rule) => (bits[rule >> 6] & (1UL << (rule & 63))) != 0;
}
