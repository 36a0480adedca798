using Bulwark.Scanners.Iac.Hcl.Syntax;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Terraform.Functions;

/// <summary>
/// Terraform's built-in functions that a configuration's meaning can hinge on (merge, lookup, format, jsonencode,
/// cidrsubnet…). Functions that read the disk or the clock (file, templatefile, timestamp) and ones not listed
/// give an unknown value, so a rule neither reports on them nor treats them as safe.
/// </summary>
public static class FunctionTable
{
    private static readonly Dictionary<string, TerraformFunction> Known = new(StringComparer.Ordinal);

    static FunctionTable()
    {
        CollectionFunctions.Register(Known);
        StringFunctions.Register(Known);
        NumberFunctions.Register(Known);
        EncodingFunctions.Register(Known);
        NetworkFunctions.Register(Known);
    }

    /// <summary>The names of the functions evaluated.</summary>
    public static IReadOnlyCollection<string> Names => Known.Keys;

    /// <summary>The value of a function call.</summary>
    public static IacValue Call(FunctionCallExpr call, EvalContext context)
    {
        var range = call.Range;
        switch (call.Name)
        {
            case "try":
                return Try(call, context);
            case "can" when call.Arguments.Count == 1:
                var tried = ExpressionEvaluator.Evaluate(call.Arguments[0], context);
                return Values.IsError(tried) ? Values.Bool(false, range)
                    : tried is IacUnknown ? Values.UnknownFrom("can() of an unknown value", range, tried)
                    : Values.Bool(true, range);
        }

        if (!Known.TryGetValue(call.Name, out var function))
        {
            return Values.Unknown($"{call.Name}() is not evaluated before apply", range);
        }

        var arguments = call.Arguments.Select(a => ExpressionEvaluator.Evaluate(a, context)).ToList();
        if (call.ExpandFinalArgument && arguments.Count > 0)
        {
            var last = arguments[^1];
            arguments.RemoveAt(arguments.Count - 1);
            if (last is not IacList spread)
            {
                return Values.UnknownFrom($"{call.Name}(...) expands a value that is not a known list", range, last);
            }

            arguments.AddRange(spread.Items);
        }

        if (arguments.Count < function.MinArguments || arguments.Count > function.MaxArguments)
        {
            return Values.Error($"{call.Name}() takes {Arity(function)} arguments, not {arguments.Count}", range);
        }

        if (!function.AcceptsUnknown && arguments.Any(a => a is IacUnknown))
        {
            return Values.UnknownFrom($"{call.Name}() of an unknown value", range, [.. arguments]);
        }

        try
        {
            return function.Body(arguments, range);
        }
        catch (FunctionError error)
        {
            return Values.Error($"{call.Name}(): {error.Message}", range);
        }
    }

    private static IacValue Try(FunctionCallExpr call, EvalContext context)
    {
        // The first argument that is not an error wins; a merely unknown one makes the result unknown.
        foreach (var argument in call.Arguments)
        {
            var value = ExpressionEvaluator.Evaluate(argument, context);
            if (!Values.IsError(value))
            {
                return value;
            }
        }

        return Values.Error("try(): no argument could be evaluated", call.Range);
    }

    private static string Arity(TerraformFunction f) =>
        f.MaxArguments == int.MaxValue ? $"at least {f.MinArguments}" : f.MinArguments == f.MaxArguments ? $"{f.MinArguments}" : $"{f.MinArguments} to {f.MaxArguments}";
}

/// <summary>One built-in function: how many arguments it takes and what it does with known ones.</summary>
/// <param name="MinArguments">The fewest arguments.</param>
/// <param name="MaxArguments">The most arguments.</param>
/// <param name="Body">The function.</param>
/// <param name="AcceptsUnknown">True when it copes with unknown arguments itself (concat, merge, length…).</param>
internal sealed record TerraformFunction(int MinArguments, int MaxArguments, Func<IReadOnlyList<IacValue>, SourceRange, IacValue> Body, bool AcceptsUnknown = false);

/// <summary>An argument a function cannot use: Terraform would stop with this message.</summary>
internal sealed class FunctionError(string message) : Exception(message);
