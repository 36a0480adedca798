using System.Text.RegularExpressions;

namespace Bulwark.Scanners.Iac.Policy;

/// <summary>
/// Keeps secrets written into configuration (a provider's <c>secret_key</c>, a database <c>password</c>, an
/// <c>ENV API_TOKEN=</c>) out of findings: messages say such a value is set without repeating it, and the
/// evidence and snippet lines show <c>***</c> in its place. References (<c>var.db_password</c>,
/// <c>!Ref DbPassword</c>, <c>{{ vault_pw }}</c>) are not secrets and stay readable.
/// </summary>
public static partial class SensitiveValues
{
    /// <summary>Whether an attribute with this key holds a credential.</summary>
    public static bool IsSensitiveKey(string key) => SensitiveKey().IsMatch(key);

    /// <summary>The line with every literal assigned to a sensitive key replaced by <c>***</c>.</summary>
    public static string RedactLine(string line) =>
        SensitiveAssignment().Replace(line, m =>
        {
            var value = m.Groups["value"];
            return IsReference(value.Value) ? m.Value : m.Value[..(value.Index - m.Index)] + "***" + m.Value[(value.Index - m.Index + value.Length)..];
        });

    private static bool IsReference(string value) =>
        value.Length == 0 || value[0] is '$' or '{' or '!' or '(' or '[' or '<' || value.StartsWith("var.", StringComparison.Ordinal)
        || value.StartsWith("local.", StringComparison.Ordinal) || value.StartsWith("data.", StringComparison.Ordinal)
        || value.StartsWith("module.", StringComparison.Ordinal) || (value.Contains('.', StringComparison.Ordinal) && !value.Contains(' ', StringComparison.Ordinal) && value.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '[' or ']' or '"'));

    [GeneratedRegex(@"(?i)(password|passwd|secret|private_?key|access_?key|api_?key|credential|connection_?string|token$)")]
    private static partial Regex SensitiveKey();

    [GeneratedRegex(@"(?i:[\w.-]*?(?:(?:password|passwd|secret|private_?key|access_?key|api_?key|credential|connection_?string)[\w-]*|token))[""']?\s*(?::|=|\s)\s*(?:""(?<value>[^""]+)""|'(?<value>[^']+)'|(?<value>[^""'\s#,}]+))")]
    private static partial Regex SensitiveAssignment();
}
