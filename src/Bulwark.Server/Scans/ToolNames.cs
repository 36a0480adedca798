namespace Bulwark.Server.Scans;

/// <summary>Another tool's name (<c>Semgrep OSS</c>, <c>Trivy</c>) as the scanner its findings are filed under: lower case, a dash for anything else.</summary>
internal static class ToolNames
{
    public static string Scanner(string tool, string fallback)
    {
        var name = new string([.. tool.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        return name.Length == 0 ? fallback : name;
    }
}
