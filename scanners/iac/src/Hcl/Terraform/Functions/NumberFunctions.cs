using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Terraform.Functions;

/// <summary>Arithmetic functions.</summary>
internal static class NumberFunctions
{
    public static void Register(Dictionary<string, TerraformFunction> table)
    {
        table["min"] = new(1, int.MaxValue, (a, r) => Values.Number(a.Min(Arguments.Number), r));
        table["max"] = new(1, int.MaxValue, (a, r) => Values.Number(a.Max(Arguments.Number), r));
        table["abs"] = new(1, 1, (a, r) => Values.Number(Math.Abs(Arguments.Number(a[0])), r));
        table["ceil"] = new(1, 1, (a, r) => Values.Number(Math.Ceiling(Arguments.Number(a[0])), r));
        table["floor"] = new(1, 1, (a, r) => Values.Number(Math.Floor(Arguments.Number(a[0])), r));
        table["pow"] = new(2, 2, (a, r) => Values.Number(Math.Pow(Arguments.Number(a[0]), Arguments.Number(a[1])), r));
        table["signum"] = new(1, 1, (a, r) => Values.Number(Math.Sign(Arguments.Number(a[0])), r));
    }
}
