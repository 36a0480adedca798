using System.Text;
using System.Text.Json;

namespace Bulwark.Cli.Tests;

/// <summary>Runs the CLI in this process against captured streams, exactly as the executable would.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(string workingDirectory, params string[] args) => WithInput(workingDirectory, "", args);

    /// <summary>Runs with <paramref name="input"/> on standard input.</summary>
    public static CliRun WithInput(string workingDirectory, string input, params string[] args)
    {
        var output = new MemoryStream();
        var error = new StringWriter();
        var context = new CliContext
        {
            Scanners = Catalog.Catalog.Scanners,
            Audits = Catalog.Catalog.Audits,
            Reporters = Catalog.Catalog.Reporters,
            Output = output,
            Input = new MemoryStream(Encoding.UTF8.GetBytes(input)),
            Error = error,
            WorkingDirectory = workingDirectory,
        };
        var code = BulwarkCli.RunAsync(args, context).GetAwaiter().GetResult();
        return new CliRun(code, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    /// <summary>Standard output parsed as the JSON report.</summary>
    public JsonElement Json() => JsonDocument.Parse(Output).RootElement;

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
