using System.Text.RegularExpressions;

namespace Bulwark.Scanners.Integrity.Policy;

/// <summary>One segment of a rule's path: literal, or with <c>*</c> (any run of characters) and <c>?</c> (one character).</summary>
internal static class SegmentPattern
{
    public static bool HasWildcard(string segment) => segment.AsSpan().IndexOfAny('*', '?') >= 0;

    public static bool Matches(string pattern, string name) =>
        !HasWildcard(pattern) ? pattern == name : Regex.IsMatch(name, "^" + Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant);
}
