namespace Bulwark.Scanners.Packages.Severity;

/// <summary>
/// The score of each of the 270 CVSS v4.0 macrovectors (published with the FIRST CVSS v4.0 specification and its
/// reference calculator): the score of the most severe vector in that macrovector.
/// </summary>
internal static class Cvss4MacroVectorScores
{
    // One row per EQ1 EQ2 EQ3 prefix; the 18 columns are EQ4 EQ5 EQ6 in the order 000 001 010 011 020 021
    // 100 101 110 111 120 121 200 201 210 211 220 221. '-' marks the combinations that cannot occur
    // (EQ3 = 2 means no high vulnerable-system impact, so EQ6 is always 1 there).
    private static readonly string[] Rows =
    [
        "000:   10  9.9  9.8  9.5  9.5  9.2   10  9.6  9.3  8.7  9.1  8.1  9.3  9.0  8.9  8.0  8.1  6.8",
        "001:  9.8  9.5  9.5  9.2  9.0  8.4  9.3  9.2  8.9  8.1  8.1  6.5  8.8  8.0  7.8  7.0  6.9  4.8",
        "002:    -  9.2    -  8.2    -  7.2    -  7.9    -  6.9    -  5.0    -  6.9    -  5.5    -  2.7",
        "010:  9.9  9.7  9.5  9.2  9.2  8.5  9.5  9.1  9.0  8.3  8.4  7.1  9.2  8.1  8.2  7.1  7.2  5.3",
        "011:  9.5  9.3  9.2  8.5  8.5  7.3  9.2  8.2  8.0  7.2  7.0  5.9  8.4  7.0  7.1  5.2  5.0  3.0",
        "012:    -  8.6    -  7.5    -  5.2    -  7.1    -  5.2    -  2.9    -  6.3    -  2.9    -  1.7",
        "100:  9.8  9.5  9.4  8.7  9.1  8.1  9.4  8.9  8.6  7.4  7.7  6.4  8.7  7.5  7.4  6.3  6.3  4.9",
        "101:  9.4  8.9  8.8  7.7  7.6  6.7  8.6  7.6  7.4  5.8  5.9  5.0  7.2  5.7  5.7  5.2  5.2  2.5",
        "102:    -  8.3    -  7.0    -  5.4    -  6.5    -  5.8    -  2.6    -  5.3    -  2.1    -  1.3",
        "110:  9.5  9.0  8.8  7.6  7.6  7.0  9.0  7.7  7.5  6.2  6.1  5.3  7.7  6.6  6.8  5.9  5.2  3.0",
        "111:  8.9  7.8  7.6  6.7  6.2  5.8  7.4  5.9  5.7  5.7  4.7  2.3  6.1  5.2  5.7  2.9  2.4  1.6",
        "112:    -  7.1    -  5.9    -  3.0    -  5.8    -  2.6    -  1.5    -  2.3    -  1.3    -  0.6",
        "200:  9.3  8.7  8.6  7.2  7.5  5.8  8.6  7.4  7.4  6.1  5.6  3.4  7.0  5.4  5.2  4.0  4.0  2.2",
        "201:  8.5  7.5  7.4  5.5  6.2  5.1  7.2  5.7  5.5  4.1  4.6  1.9  5.3  3.6  3.4  1.9  1.9  0.8",
        "202:    -  6.4    -  5.1    -  2.0    -  4.7    -  2.1    -  1.1    -  2.4    -  0.9    -  0.4",
        "210:  8.8  7.5  7.3  5.3  6.0  5.0  7.3  5.5  5.9  4.0  4.1  2.0  5.4  4.3  4.5  2.2  2.0  1.1",
        "211:  7.5  5.5  5.8  4.5  4.0  2.1  6.1  5.1  4.8  1.8  2.0  0.9  4.6  1.8  1.7  0.7  0.8  0.2",
        "212:    -  5.3    -  2.4    -  1.4    -  2.4    -  1.2    -  0.5    -  1.0    -  0.3    -  0.1",
    ];

    /// <summary>Scores in tenths (9.8 is 98), by the six-digit macrovector (<c>001100</c>).</summary>
    public static IReadOnlyDictionary<string, int> Tenths { get; } = Build();

    /// <summary>The score of <paramref name="macroVector"/> in tenths, or null when no such macrovector exists.</summary>
    public static int? Find(string macroVector) => Tenths.TryGetValue(macroVector, out var tenths) ? tenths : null;

    private static Dictionary<string, int> Build()
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            var prefix = row[..3];
            var cells = row[4..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var column = 0; column < cells.Length; column++)
            {
                if (cells[column] == "-")
                {
                    continue;
                }

                var suffix = $"{column / 6}{column / 2 % 3}{column % 2}";
                var tenths = (int)Math.Round(decimal.Parse(cells[column], System.Globalization.CultureInfo.InvariantCulture) * 10);
                table[prefix + suffix] = tenths;
            }
        }

        return table;
    }
}
