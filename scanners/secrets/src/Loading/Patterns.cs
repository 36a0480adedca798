using System.Text.RegularExpressions;

namespace Bulwark.Scanners.Secrets.Loading;

/// <summary>How rule patterns are compiled: one place for the options every secret regex shares.</summary>
public static class Patterns
{
    /// <summary>A match that takes longer than this is abandoned and reported as a per-file error, so a hostile file cannot hang a scan.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    /// <summary>Compiles <paramref name="pattern"/>, or returns the reason it does not compile.</summary>
    public static Regex? TryCompile(string pattern, out string? error, bool compiled = true)
    {
        try
        {
            error = null;
            var options = RegexOptions.CultureInvariant | (compiled ? RegexOptions.Compiled : RegexOptions.None);
            return new Regex(pattern, options, Timeout);
        }
        catch (ArgumentException e)
        {
            error = e.Message;
            return null;
        }
    }
}
