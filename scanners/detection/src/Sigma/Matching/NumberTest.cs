using System.Globalization;
using Bulwark.Scanners.Detection.Sigma.Model;

namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>
/// <c>lt</c>, <c>lte</c>, <c>gt</c>, <c>gte</c>, optionally on a part of a date (<c>|hour|gte</c>), or a date part
/// alone (equality). A value that is not a number (or not a date) fails.
/// </summary>
internal sealed class NumberTest(SigmaModifier? comparison, double bound, SigmaModifier? timePart) : IValueTest
{
    public IReadOnlyList<ValueLiteral>? Literals => null;

    public bool Test(string value)
    {
        if (Number(value) is not { } number)
        {
            return false;
        }

        return comparison switch
        {
            SigmaModifier.Lt => number < bound,
            SigmaModifier.Lte => number <= bound,
            SigmaModifier.Gt => number > bound,
            SigmaModifier.Gte => number >= bound,
            _ => number == bound,
        };
    }

    private double? Number(string value)
    {
        if (timePart is null)
        {
            return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
        }

        // The modifiers appendix: time parts are taken as written, without time zone or format conversion.
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            return null;
        }

        return timePart switch
        {
            SigmaModifier.Minute => date.Minute,
            SigmaModifier.Hour => date.Hour,
            SigmaModifier.Day => date.Day,
            SigmaModifier.Week => ISOWeek.GetWeekOfYear(date.DateTime),
            SigmaModifier.Month => date.Month,
            _ => date.Year,
        };
    }
}
