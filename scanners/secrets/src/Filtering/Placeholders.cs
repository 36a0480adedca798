namespace Bulwark.Scanners.Secrets.Filtering;

/// <summary>
/// Recognises values that stand in for a secret rather than being one: template and variable syntax,
/// redaction marks, and strings with too little variety to be random. Word lists (example, changeme…)
/// are data and live in the global allowlist; this holds only what a list cannot say.
/// </summary>
public static class Placeholders
{
    private static readonly string[] TemplateMarks = ["${", "{{", "}}", "$(", "%(", "<%", "#{", "{%", "[[", "]]", "…", "***", "<redacted", "[redacted"];

    /// <summary>Whether <paramref name="secret"/> is a placeholder, not a credential.</summary>
    public static bool IsPlaceholder(string secret)
    {
        if (secret.Length == 0)
        {
            return true;
        }

        foreach (var mark in TemplateMarks)
        {
            if (secret.Contains(mark, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return IsVariableReference(secret) || IsAngleBracketed(secret) || HasLittleVariety(secret);
    }

    // $NAME, %NAME%, env:NAME: the value is fetched at run time, not written here.
    private static bool IsVariableReference(string secret)
    {
        if (secret.Length > 1 && secret[0] == '$' && (char.IsAsciiLetter(secret[1]) || secret[1] == '_'))
        {
            return secret.AsSpan(1).IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") < 0;
        }

        return secret.Length > 2 && secret[0] == '%' && secret[^1] == '%';
    }

    private static bool IsAngleBracketed(string secret) =>
        (secret.StartsWith('<') && secret.EndsWith('>')) || (secret.StartsWith('[') && secret.EndsWith(']'));

    // "xxxxxxxx", "aaaa1111", "abababab": real credentials of eight or more characters never use three or fewer symbols.
    private static bool HasLittleVariety(string secret)
    {
        if (secret.Length < 8)
        {
            return false;
        }

        Span<char> seen = stackalloc char[4];
        var distinct = 0;
        foreach (var c in secret)
        {
            if (seen[..distinct].Contains(c))
            {
                continue;
            }

            if (distinct == 3)
            {
                return false;
            }

            seen[distinct++] = c;
        }

        return true;
    }
}
