namespace Bulwark.Scanners.Packages.Severity;

/// <summary>
/// The CVSS v4.0 score of a vector (specification section 8.2, "Scoring"): the score of its macrovector, lowered
/// by the mean, over the classes that have a less severe neighbour macrovector, of (score gap to that neighbour)
/// × (the vector's severity distance ÷ the class depth); rounded to one decimal.
/// </summary>
/// <remarks>
/// Computed exactly in integers (tenths and a common denominator) rather than in binary floating point: every
/// input is a multiple of 0.1, so the only rounding is the final one, half up as the specification intends.
/// The floating-point reference calculators land one ulp under some x.x5 ties and round those down; their
/// maintainers have since fixed that, and exact arithmetic gives their fixed results.
/// </remarks>
internal static class Cvss4Interpolation
{
    private static readonly string[] ImpactKeys = ["VC", "VI", "VA", "SC", "SI", "SA"];

    // The least common multiple of every class depth (1, 2, 4, 5, 6, 7, 8, 10): proportions become integers.
    private const long Denominator = 840;

    /// <summary>The score of <paramref name="m"/>, in tenths (0 to 100).</summary>
    public static int Tenths(Cvss4Values m)
    {
        // No impact on any system scores 0.0, whatever the exploitability.
        if (ImpactKeys.All(key => m[key] == "N"))
        {
            return 0;
        }

        var macro = Cvss4MacroVector.Of(m);
        long value = Cvss4MacroVectorScores.Tenths[macro.Key];
        var distance = Cvss4HighestSeverityVectors.Distances(m, macro);
        var depth = Cvss4HighestSeverityVectors.Depths(macro);

        var classes = 0;
        long lowered = 0;
        Add(Score(macro with { Eq1 = macro.Eq1 + 1 }), distance.Eq1, depth.Eq1);
        Add(Score(macro with { Eq2 = macro.Eq2 + 1 }), distance.Eq2, depth.Eq2);
        Add(NextLowerEq3Eq6(macro), distance.Eq3Eq6, depth.Eq3Eq6);
        Add(Score(macro with { Eq4 = macro.Eq4 + 1 }), distance.Eq4, depth.Eq4);

        // EQ5 (exploit maturity) has no distance inside a macrovector, but a lower neighbour still counts in the mean.
        Add(Score(macro with { Eq5 = macro.Eq5 + 1 }), 0, 1);

        if (classes == 0)
        {
            return (int)value;
        }

        // score × 10 = value − lowered / (Denominator × classes), clamped to 0..100 and rounded half up.
        var denominator = Denominator * classes;
        var numerator = Math.Clamp((value * denominator) - lowered, 0, 100 * denominator);
        return (int)(((2 * numerator) + denominator) / (2 * denominator));

        void Add(int? lowerScore, int severityDistance, int classDepth)
        {
            if (lowerScore is not { } lower)
            {
                return;
            }

            classes++;
            lowered += (value - lower) * severityDistance * (Denominator / classDepth);
        }
    }

    // EQ3 and EQ6 step down together: 00 has two neighbours (01 and 10) and takes the higher-scoring one;
    // 01 and 10 step to 11, 11 to 21, and 21 is the bottom.
    private static int? NextLowerEq3Eq6(Cvss4MacroVector macro) => (macro.Eq3, macro.Eq6) switch
    {
        (0, 0) => Max(Score(macro with { Eq6 = 1 }), Score(macro with { Eq3 = 1 })),
        (0, 1) or (1, 1) => Score(macro with { Eq3 = macro.Eq3 + 1 }),
        (1, 0) => Score(macro with { Eq6 = 1 }),
        _ => null,
    };

    private static int? Max(int? a, int? b) => a is { } x && b is { } y ? Math.Max(x, y) : null;

    private static int? Score(Cvss4MacroVector macro) => Cvss4MacroVectorScores.Find(macro.Key);
}
