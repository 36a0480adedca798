using System.Text.RegularExpressions;
using Bulwark.Scanners.Detection.Sigma.Model;

namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>
/// <c>re</c>: the expression found anywhere in the value, case-sensitive unless <c>|re|i</c>. Compiled once; a match
/// that runs past <see cref="Timeout"/> (a pathological pattern on a hostile line) counts as no match.
/// </summary>
internal sealed class RegexTest(Regex regex) : IValueTest
{
    public static TimeSpan Timeout { get; } = TimeSpan.FromMilliseconds(250);

    public IReadOnlyList<ValueLiteral>? Literals { get; } = RegexLiterals.Required(regex.ToString(), regex.Options);

    public static RegexOptions Options(ModifierChain chain) =>
        RegexOptions.Compiled | RegexOptions.CultureInvariant
        | (chain.Has(SigmaModifier.ReIgnoreCase) ? RegexOptions.IgnoreCase : 0)
        | (chain.Has(SigmaModifier.ReMultiline) ? RegexOptions.Multiline : 0)
        | (chain.Has(SigmaModifier.ReDotAll) ? RegexOptions.Singleline : 0);

    public bool Test(string value)
    {
        try
        {
            return regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
