using System.Globalization;
using Bulwark.Scanners.Iac.Hcl.Syntax;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Terraform;

/// <content>Conditionals, operators and for expressions.</content>
public static partial class ExpressionEvaluator
{
    private static IacValue Conditional(ConditionalExpr conditional, EvalContext context)
    {
        var condition = Evaluate(conditional.Condition, context);
        if (Values.Truth(condition) is { } chosen)
        {
            return Evaluate(chosen ? conditional.TrueResult : conditional.FalseResult, context);
        }

        // Both branches agreeing makes the condition irrelevant: `x ? "AES256" : "AES256"` is still AES256.
        var whenTrue = Evaluate(conditional.TrueResult, context);
        var whenFalse = Evaluate(conditional.FalseResult, context);
        return SameValue(whenTrue, whenFalse) == true
            ? Values.At(whenTrue, conditional.Range)
            : Values.UnknownFrom("a condition that is not known", conditional.Range, condition, whenTrue, whenFalse);
    }

    private static IacValue Unary(UnaryExpr unary, EvalContext context)
    {
        var operand = Evaluate(unary.Operand, context);
        return (unary.Operator, operand) switch
        {
            (UnaryOperator.Not, _) when Values.Truth(operand) is { } b => Values.Bool(!b, unary.Range),
            (UnaryOperator.Negate, _) when Number(operand) is { } n => Values.Number(-n, unary.Range),
            _ => Values.UnknownFrom("an operator on an unknown value", unary.Range, operand),
        };
    }

    private static IacValue Binary(BinaryExpr binary, EvalContext context)
    {
        var range = binary.Range;
        var left = Evaluate(binary.Left, context);

        // Logical operators decide on one side when they can: false && anything is false.
        if (binary.Operator is BinaryOperator.And or BinaryOperator.Or)
        {
            var stop = binary.Operator == BinaryOperator.Or;
            var l = Values.Truth(left);
            if (l == stop)
            {
                return Values.Bool(stop, range);
            }

            var right = Evaluate(binary.Right, context);
            var r = Values.Truth(right);
            if (r == stop)
            {
                return Values.Bool(stop, range);
            }

            return l is not null && r is not null ? Values.Bool(!stop, range) : Values.UnknownFrom("a condition that is not known", range, left, right);
        }

        var other = Evaluate(binary.Right, context);
        if (binary.Operator is BinaryOperator.Equal or BinaryOperator.NotEqual)
        {
            return SameValue(left, other) is { } same
                ? Values.Bool(same == (binary.Operator == BinaryOperator.Equal), range)
                : Values.UnknownFrom("a comparison with an unknown value", range, left, other);
        }

        if (Number(left) is not { } a || Number(other) is not { } b)
        {
            return Values.UnknownFrom("arithmetic on a value that is not a known number", range, left, other);
        }

        return binary.Operator switch
        {
            BinaryOperator.Less => Values.Bool(a < b, range),
            BinaryOperator.LessOrEqual => Values.Bool(a <= b, range),
            BinaryOperator.Greater => Values.Bool(a > b, range),
            BinaryOperator.GreaterOrEqual => Values.Bool(a >= b, range),
            BinaryOperator.Add => Values.Number(a + b, range),
            BinaryOperator.Subtract => Values.Number(a - b, range),
            BinaryOperator.Multiply => Values.Number(a * b, range),
            BinaryOperator.Divide when b != 0 => Values.Number(a / b, range),
            BinaryOperator.Modulo when b != 0 => Values.Number(a % b, range),
            _ => Values.Error("division by zero", range),
        };
    }

    private static IacValue For(ForExpr loop, EvalContext context)
    {
        var collection = Evaluate(loop.Collection, context);
        if (Iterate(collection) is not { } items)
        {
            return Values.UnknownFrom("a for expression over a value that is not known", loop.Range, collection);
        }

        var list = new List<IacValue>();
        var keys = new List<string>();
        var groups = new Dictionary<string, List<IacValue>>(StringComparer.Ordinal);
        foreach (var (key, item) in items)
        {
            var inner = context.With(loop.ValueVariable, item);
            inner = loop.KeyVariable is null ? inner : inner.With(loop.KeyVariable, key);
            if (loop.Condition is not null)
            {
                var keep = Evaluate(loop.Condition, inner);
                if (Values.Truth(keep) is not { } decided)
                {
                    return Values.UnknownFrom("a for expression with a condition that is not known", loop.Range, keep);
                }

                if (!decided)
                {
                    continue;
                }
            }

            var value = Evaluate(loop.ValueExpression, inner);
            if (loop.KeyExpression is null)
            {
                list.Add(value);
                continue;
            }

            var keyValue = Evaluate(loop.KeyExpression, inner);
            if (AsText(keyValue) is not { } text)
            {
                return Values.UnknownFrom("a for expression with a key that is not known", loop.Range, keyValue);
            }

            if (!groups.TryGetValue(text, out var group))
            {
                groups[text] = group = [];
                keys.Add(text);
            }

            group.Add(value);
        }

        if (loop.KeyExpression is null)
        {
            return Values.List(list, loop.Range);
        }

        return new IacObject(keys.Select(k => new IacMember(k, loop.Range,
            loop.IsGrouped ? Values.List(groups[k], loop.Range) : groups[k][^1])).ToList()) { Range = loop.Range };
    }

    /// <summary>The value as a number (numeric strings convert, as in Terraform), or null.</summary>
    internal static double? Number(IacValue value) => value switch
    {
        IacNumber n => n.Value,
        IacString s when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>Whether two values are equal; null when that depends on something unknown.</summary>
    internal static bool? SameValue(IacValue a, IacValue b)
    {
        switch (a, b)
        {
            case (IacUnknown, _) or (_, IacUnknown):
                return null;
            case (IacNull, IacNull):
                return true;
            case (IacBool x, IacBool y):
                return x.Value == y.Value;
            case (IacNumber x, IacNumber y):
                return x.Value == y.Value;
            case (IacString x, IacString y):
                return x.Value == y.Value;
            case (IacList x, IacList y):
                if (x.Items.Count != y.Items.Count)
                {
                    return false;
                }

                bool? all = true;
                for (var i = 0; i < x.Items.Count && all != false; i++)
                {
                    all = And(all, SameValue(x.Items[i], y.Items[i]));
                }

                return all;
            case (IacObject x, IacObject y):
                if (x.Members.Count != y.Members.Count)
                {
                    return false;
                }

                bool? every = true;
                foreach (var member in x.Members)
                {
                    if (y[member.Key] is not { } other)
                    {
                        return false;
                    }

                    every = And(every, SameValue(member.Value, other));
                }

                return every;
            default:
                return false;
        }

        static bool? And(bool? x, bool? y) => x == false || y == false ? false : x is null || y is null ? null : true;
    }
}
