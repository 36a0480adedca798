namespace Bulwark.Scanners.Packages.Severity;

/// <summary>
/// For each level of each CVSS v4.0 equivalence class, the most severe vectors inside it and the level's depth
/// (specification section 8.2 and the reference calculator's data), used to measure how far a vector lies below
/// the top of its macrovector.
/// </summary>
internal static class Cvss4HighestSeverityVectors
{
    // The order inside each list matters: the first combination the vector does not exceed is the one used.
    private static readonly string[][] Eq1 =
    [
        ["AV:N/PR:N/UI:N"],
        ["AV:A/PR:N/UI:N", "AV:N/PR:L/UI:N", "AV:N/PR:N/UI:P"],
        ["AV:P/PR:N/UI:N", "AV:A/PR:L/UI:P"],
    ];

    private static readonly string[][] Eq2 =
    [
        ["AC:L/AT:N"],
        ["AC:H/AT:N", "AC:L/AT:P"],
    ];

    // EQ3 and EQ6 are scored together: the security requirements only matter against a high impact.
    private static readonly Dictionary<(int Eq3, int Eq6), string[]> Eq3Eq6 = new()
    {
        [(0, 0)] = ["VC:H/VI:H/VA:H/CR:H/IR:H/AR:H"],
        [(0, 1)] = ["VC:H/VI:H/VA:L/CR:M/IR:M/AR:H", "VC:H/VI:H/VA:H/CR:M/IR:M/AR:M"],
        [(1, 0)] = ["VC:L/VI:H/VA:H/CR:H/IR:H/AR:H", "VC:H/VI:L/VA:H/CR:H/IR:H/AR:H"],
        [(1, 1)] =
        [
            "VC:L/VI:H/VA:L/CR:H/IR:M/AR:H", "VC:L/VI:H/VA:H/CR:H/IR:M/AR:M", "VC:H/VI:L/VA:H/CR:M/IR:H/AR:M",
            "VC:H/VI:L/VA:L/CR:M/IR:H/AR:H", "VC:L/VI:L/VA:H/CR:H/IR:H/AR:M",
        ],
        [(2, 1)] = ["VC:L/VI:L/VA:L/CR:H/IR:H/AR:H"],
    };

    private static readonly string[][] Eq4 =
    [
        ["SC:H/SI:S/SA:S"],
        ["SC:H/SI:H/SA:H"],
        ["SC:L/SI:L/SA:L"],
    ];

    // Depths: one more than the largest severity distance inside the level, in steps of 0.1.
    private static readonly int[] Eq1Depth = [1, 4, 5];
    private static readonly int[] Eq2Depth = [1, 2];
    private static readonly int[] Eq4Depth = [6, 5, 4];

    private static readonly Dictionary<(int Eq3, int Eq6), int> Eq3Eq6Depth = new()
    {
        [(0, 0)] = 7, [(0, 1)] = 6, [(1, 0)] = 8, [(1, 1)] = 8, [(2, 1)] = 10,
    };

    // Severity levels in tenths, 0 the most severe. SC has no Safety value; SI and SA get S through MSI/MSA.
    private static readonly Dictionary<string, Dictionary<string, int>> Levels = new()
    {
        ["AV"] = new() { ["N"] = 0, ["A"] = 1, ["L"] = 2, ["P"] = 3 },
        ["PR"] = new() { ["N"] = 0, ["L"] = 1, ["H"] = 2 },
        ["UI"] = new() { ["N"] = 0, ["P"] = 1, ["A"] = 2 },
        ["AC"] = new() { ["L"] = 0, ["H"] = 1 },
        ["AT"] = new() { ["N"] = 0, ["P"] = 1 },
        ["VC"] = new() { ["H"] = 0, ["L"] = 1, ["N"] = 2 },
        ["VI"] = new() { ["H"] = 0, ["L"] = 1, ["N"] = 2 },
        ["VA"] = new() { ["H"] = 0, ["L"] = 1, ["N"] = 2 },
        ["SC"] = new() { ["H"] = 1, ["L"] = 2, ["N"] = 3 },
        ["SI"] = new() { ["S"] = 0, ["H"] = 1, ["L"] = 2, ["N"] = 3 },
        ["SA"] = new() { ["S"] = 0, ["H"] = 1, ["L"] = 2, ["N"] = 3 },
        ["CR"] = new() { ["H"] = 0, ["M"] = 1, ["L"] = 2 },
        ["IR"] = new() { ["H"] = 0, ["M"] = 1, ["L"] = 2 },
        ["AR"] = new() { ["H"] = 0, ["M"] = 1, ["L"] = 2 },
    };

    /// <summary>The depth of each equivalence class level of <paramref name="macro"/> (EQ5 has none: it never interpolates).</summary>
    public static (int Eq1, int Eq2, int Eq3Eq6, int Eq4) Depths(Cvss4MacroVector macro) =>
        (Eq1Depth[macro.Eq1], Eq2Depth[macro.Eq2], Eq3Eq6Depth[(macro.Eq3, macro.Eq6)], Eq4Depth[macro.Eq4]);

    /// <summary>
    /// How far <paramref name="m"/> lies below the most severe vector of its macrovector, per class, in tenths:
    /// the sums of the per-metric level differences against the first highest-severity combination that no
    /// metric of <paramref name="m"/> exceeds.
    /// </summary>
    public static (int Eq1, int Eq2, int Eq3Eq6, int Eq4) Distances(Cvss4Values m, Cvss4MacroVector macro)
    {
        (int, int, int, int) found = default;
        foreach (var eq1 in Eq1[macro.Eq1])
        foreach (var eq2 in Eq2[macro.Eq2])
        foreach (var eq3Eq6 in Eq3Eq6[(macro.Eq3, macro.Eq6)])
        foreach (var eq4 in Eq4[macro.Eq4])
        {
            var d1 = Distance(m, eq1, out var ok1);
            var d2 = Distance(m, eq2, out var ok2);
            var d3 = Distance(m, eq3Eq6, out var ok3);
            var d4 = Distance(m, eq4, out var ok4);
            found = (d1, d2, d3, d4);
            if (ok1 && ok2 && ok3 && ok4)
            {
                return found;
            }
        }

        // No combination lies above the vector: like the reference calculator, keep the last one tried.
        return found;
    }

    private static int Distance(Cvss4Values m, string highest, out bool noneNegative)
    {
        noneNegative = true;
        var sum = 0;
        foreach (var pair in highest.Split('/'))
        {
            var key = pair[..pair.IndexOf(':', StringComparison.Ordinal)];
            var levels = Levels[key];
            var distance = levels[m[key]] - levels[pair[(key.Length + 1)..]];
            noneNegative &= distance >= 0;
            sum += distance;
        }

        return sum;
    }
}
