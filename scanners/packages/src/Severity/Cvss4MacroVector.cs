namespace Bulwark.Scanners.Packages.Severity;

/// <summary>
/// The equivalence classes EQ1..EQ6 of a CVSS v4.0 vector (specification section 8.2, Tables 24-29): six levels,
/// 0 the most severe, that together name one of 270 macrovectors.
/// </summary>
/// <param name="Eq1">AV, PR, UI: 0, 1 or 2.</param>
/// <param name="Eq2">AC, AT: 0 or 1.</param>
/// <param name="Eq3">VC, VI, VA: 0, 1 or 2.</param>
/// <param name="Eq4">SC, SI, SA (with MSI/MSA Safety): 0, 1 or 2.</param>
/// <param name="Eq5">E: 0, 1 or 2.</param>
/// <param name="Eq6">CR/VC, IR/VI, AR/VA: 0 or 1.</param>
internal readonly record struct Cvss4MacroVector(int Eq1, int Eq2, int Eq3, int Eq4, int Eq5, int Eq6)
{
    /// <summary>The six digits, as the macrovector score table is keyed: <c>001100</c>.</summary>
    public string Key => $"{Eq1}{Eq2}{Eq3}{Eq4}{Eq5}{Eq6}";

    /// <summary>The macrovector of <paramref name="m"/>.</summary>
    public static Cvss4MacroVector Of(Cvss4Values m)
    {
        var (av, pr, ui) = (m["AV"], m["PR"], m["UI"]);
        var eq1 = (av, pr, ui) switch
        {
            ("N", "N", "N") => 0,
            _ when av != "P" && (av == "N" || pr == "N" || ui == "N") => 1,
            _ => 2,
        };

        var eq2 = m["AC"] == "L" && m["AT"] == "N" ? 0 : 1;

        var (vc, vi, va) = (m["VC"], m["VI"], m["VA"]);
        var eq3 = vc == "H" && vi == "H" ? 0 : vc == "H" || vi == "H" || va == "H" ? 1 : 2;

        // SI and SA can only be S (Safety) through MSI/MSA, which Cvss4Values has already substituted.
        var eq4 = m["SI"] == "S" || m["SA"] == "S" ? 0 : m["SC"] == "H" || m["SI"] == "H" || m["SA"] == "H" ? 1 : 2;

        var eq5 = m["E"] switch { "A" => 0, "P" => 1, _ => 2 };

        var eq6 = (m["CR"] == "H" && vc == "H") || (m["IR"] == "H" && vi == "H") || (m["AR"] == "H" && va == "H") ? 0 : 1;

        return new Cvss4MacroVector(eq1, eq2, eq3, eq4, eq5, eq6);
    }
}
