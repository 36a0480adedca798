namespace Bulwark.Scanners.Iac.Policy;

/// <summary>Resource type patterns in rules: an exact type, or <c>*</c> standing for any run of characters (<c>aws_*_bucket</c>).</summary>
public static class TypeGlob
{
    /// <summary>Whether <paramref name="type"/> matches <paramref name="pattern"/>.</summary>
    public static bool Matches(string pattern, string type)
    {
        var star = pattern.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return string.Equals(pattern, type, StringComparison.Ordinal);
        }

        var prefix = pattern[..star];
        var rest = pattern[(star + 1)..];
        if (!type.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        for (var at = prefix.Length; at <= type.Length; at++)
        {
            if (Matches(rest, type[at..]))
            {
                return true;
            }
        }

        return false;
    }
}
