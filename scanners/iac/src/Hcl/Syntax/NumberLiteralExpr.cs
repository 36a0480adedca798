using System.Globalization;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>A number literal such as <c>443</c>, <c>0.5</c> or <c>1e3</c>; a directly negated literal is folded in (<c>-1</c>).</summary>
public sealed class NumberLiteralExpr : Expression
{
    internal NumberLiteralExpr(string text, SourceRange range)
        : base(range)
    {
        Text = text;
    }

    /// <summary>The number as written (with a leading <c>-</c> when negated), kept for exact arithmetic.</summary>
    public string Text { get; }

    /// <summary>The number as a double (infinite when it overflows one).</summary>
    public double Value => double.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The number as a whole 64-bit integer, if it is one (<c>1e3</c> is; <c>1.5</c> is not).</summary>
    public bool TryGetInt64(out long value)
    {
        if (long.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        var number = Value;
        if (Math.Floor(number) == number && number is >= long.MinValue and < long.MaxValue)
        {
            value = (long)number;
            return true;
        }

        value = 0;
        return false;
    }

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => [];
}
