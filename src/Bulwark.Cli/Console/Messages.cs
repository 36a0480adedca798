using Bulwark.Sdk;

namespace Bulwark.Cli.Console;

/// <summary>How the CLI speaks to the user on standard error: one line per problem, prefixed with the program name.</summary>
public static class Messages
{
    /// <summary>Prints each problem on its own line.</summary>
    public static void Problems(TextWriter error, IEnumerable<ConfigProblem> problems)
    {
        foreach (var problem in problems)
        {
            error.WriteLine($"bulwark: error: {problem}");
        }
    }

    /// <summary>Prints one error.</summary>
    public static void Error(TextWriter error, string message) => error.WriteLine($"bulwark: error: {message}");

    /// <summary>Prints one warning.</summary>
    public static void Warning(TextWriter error, string message) => error.WriteLine($"bulwark: warning: {message}");
}
