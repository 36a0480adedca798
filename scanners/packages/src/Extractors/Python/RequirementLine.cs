namespace Bulwark.Scanners.Packages.Extractors.Python;

/// <summary>
/// One PEP 508 requirement as pip reads it from a requirements file: <c>name[extras] specifiers ; markers</c>.
/// The name is kept as written; a version counts as pinned only for <c>===</c>, or <c>==</c> without a
/// wildcard, since any other specifier allows more than one version.
/// </summary>
/// <param name="Name">The name as written.</param>
/// <param name="Specifier">The version specifier as written (empty when there is none).</param>
/// <param name="Pinned">The one version it allows, or null.</param>
internal sealed record RequirementLine(string Name, string Specifier, string? Pinned)
{
    private static readonly string[] Operators = ["===", "==", "~=", "!=", "<=", ">=", "<", ">"];

    /// <summary>The project name a requirement string starts with (letters, digits, <c>.</c>, <c>_</c>, <c>-</c>); empty when it starts with none.</summary>
    public static string LeadingName(string text)
    {
        text = text.TrimStart();
        var end = 0;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || (end > 0 && text[end] is '.' or '_' or '-')))
        {
            end++;
        }

        return text[..end].TrimEnd('.', '_', '-');
    }

    /// <summary>
    /// Reads <paramref name="text"/> (comments and per-requirement options already removed). Returns the
    /// requirement; or null with no error for a direct reference (<c>name @ url</c>), which names no version
    /// from an index; or null with an error saying what is wrong.
    /// </summary>
    public static (RequirementLine? Requirement, string? Error) Parse(string text)
    {
        var semicolon = text.IndexOf(';', StringComparison.Ordinal);
        var requirement = (semicolon >= 0 ? text[..semicolon] : text).Trim();
        var name = LeadingName(requirement);
        if (name.Length == 0)
        {
            return (null, "it does not start with a package name");
        }

        var rest = requirement[name.Length..].TrimStart();
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                return (null, "the extras list is not closed with \"]\"");
            }

            rest = rest[(close + 1)..].TrimStart();
        }

        if (rest.StartsWith('@'))
        {
            return (null, null);
        }

        // Old-style "name (>=1.0)" puts the specifier in parentheses.
        if (rest.StartsWith('(') && rest.EndsWith(')'))
        {
            rest = rest[1..^1].Trim();
        }

        string? pinned = null;
        if (rest.Length > 0)
        {
            foreach (var clause in rest.Split(',', StringSplitOptions.TrimEntries))
            {
                var op = Operators.FirstOrDefault(o => clause.StartsWith(o, StringComparison.Ordinal));
                var version = op is null ? "" : clause[op.Length..].Trim();
                if (op is null || version.Length == 0 || version.Any(char.IsWhiteSpace))
                {
                    return (null, $"\"{clause}\" is not a version specifier (such as ==1.2.3 or >=1.0)");
                }

                if (pinned is null && (op == "===" || (op == "==" && !version.EndsWith(".*", StringComparison.Ordinal))))
                {
                    pinned = version;
                }
            }
        }

        return (new RequirementLine(name, rest, pinned), null);
    }
}
