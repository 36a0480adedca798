using System.Globalization;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Terraform.Functions;

/// <summary>Reads function arguments as the types Terraform would convert them to, or stops with <see cref="FunctionError"/>.</summary>
internal static class Arguments
{
    public static string Text(IacValue value) =>
        ExpressionEvaluator.AsText(value) ?? throw new FunctionError($"expected a string, got {value.Describe()}");

    public static double Number(IacValue value) =>
        ExpressionEvaluator.Number(value) ?? throw new FunctionError($"expected a number, got {value.Describe()}");

    public static int Integer(IacValue value)
    {
        var number = Number(value);
        return number == Math.Floor(number) && Math.Abs(number) < int.MaxValue ? (int)number : throw new FunctionError($"expected a whole number, got {value.Describe()}");
    }

    public static IReadOnlyList<IacValue> List(IacValue value) => value switch
    {
        IacList list => list.Items,
        _ => throw new FunctionError($"expected a list, got {value.Describe()}"),
    };

    public static IacObject Map(IacValue value) => value switch
    {
        IacObject obj => obj,
        IacNull => IacObject.EmptyObject,
        _ => throw new FunctionError($"expected a map, got {value.Describe()}"),
    };

    public static string Format(double number) => number.ToString(CultureInfo.InvariantCulture);
}
