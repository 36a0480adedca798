namespace Bulwark.Scanners.Secrets.Filtering;

/// <summary>Shannon entropy in bits per character: random tokens score high, words and placeholders low.</summary>
public static class Entropy
{
    /// <summary>The entropy of the character distribution of <paramref name="text"/>; 0 for empty text.</summary>
    public static double Of(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        Span<int> ascii = stackalloc int[128];
        Dictionary<char, int>? other = null;
        foreach (var c in text)
        {
            if (c < 128)
            {
                ascii[c]++;
            }
            else
            {
                other ??= [];
                other[c] = other.GetValueOrDefault(c) + 1;
            }
        }

        double total = text.Length, sum = 0;
        foreach (var count in ascii)
        {
            sum += Term(count, total);
        }

        foreach (var count in other?.Values ?? Enumerable.Empty<int>())
        {
            sum += Term(count, total);
        }

        return sum;
    }

    private static double Term(int count, double total)
    {
        if (count == 0)
        {
            return 0;
        }

        var p = count / total;
        return -p * Math.Log2(p);
    }
}
