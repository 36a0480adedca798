using System.Text;
using Bulwark.Sdk;

namespace Bulwark.Reporters.Sarif;

/// <summary>How Bulwark's terms map onto SARIF's and GitHub's.</summary>
internal static class SarifMapping
{
    /// <summary>SARIF has three levels that matter; GitHub shows error, warning and note.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "note",
    };

    /// <summary>
    /// GitHub buckets <c>security-severity</c> as critical above 9.0, high from 7.0, medium from 4.0 and low
    /// above 0; each value sits inside its bucket. It must be a string holding a number.
    /// </summary>
    public static string SecuritySeverity(Severity severity) => severity switch
    {
        Severity.Critical => "9.5",
        Severity.High => "8.0",
        Severity.Medium => "5.5",
        Severity.Low => "3.0",
        _ => "0.0",
    };

    /// <summary><c>inline</c> suppressions are written in the scanned file itself; every other kind lives elsewhere.</summary>
    public static string SuppressionKind(string kind) => kind == "inline" ? "inSource" : "external";

    /// <summary>The rule's title as a PascalCase identifier: "GitHub personal access token" becomes <c>GitHubPersonalAccessToken</c>.</summary>
    public static string PascalCase(string title)
    {
        var name = new StringBuilder(title.Length);
        var startOfWord = true;
        foreach (var c in title)
        {
            if (!char.IsLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }

            name.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        return name.ToString();
    }

    /// <summary>
    /// A path relative to the scan root as a relative URI reference: forward slashes, each segment
    /// percent-escaped so spaces, <c>#</c> and <c>%</c> survive.
    /// </summary>
    public static string RelativeUri(string path)
    {
        var segments = path.Replace('\\', '/').Split('/');
        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }
}
