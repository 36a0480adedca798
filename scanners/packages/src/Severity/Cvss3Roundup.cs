namespace Bulwark.Scanners.Packages.Severity;

/// <summary>
/// The "round up to one decimal" of CVSS v3. Both versions define it as the smallest one-decimal number that is
/// equal to or higher than the input; they differ in how it is computed on binary floating point.
/// </summary>
internal static class Cvss3Roundup
{
    /// <summary>
    /// CVSS v3.1, Appendix A: work on the input scaled to five decimals and rounded to an integer, so that a
    /// value such as 4.000000000000001 (a floating-point artefact of an exact 4.0) stays 4.0.
    /// </summary>
    public static double V31(double input)
    {
        var scaled = (long)Math.Round(input * 100_000, MidpointRounding.AwayFromZero);
        return scaled % 10_000 == 0 ? scaled / 100_000.0 : (Math.Floor(scaled / 10_000.0) + 1) / 10.0;
    }

    /// <summary>
    /// CVSS v3.0 as its calculator computed it: the ceiling of the input times ten, over ten. v3.1 replaced this
    /// because a floating-point artefact just above a tenth rounds up a whole tenth (4.000000000000001 gives 4.1).
    /// </summary>
    public static double V30(double input) => Math.Ceiling(input * 10) / 10;
}
