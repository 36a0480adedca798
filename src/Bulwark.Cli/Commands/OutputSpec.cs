using Bulwark.Sdk;

namespace Bulwark.Cli.Commands;

/// <summary>One report to write to a file: <c>--output FORMAT=FILE</c>.</summary>
/// <param name="Reporter">The reporter of the format.</param>
/// <param name="Path">The file, resolved against the working directory.</param>
public sealed record OutputSpec(IReporter Reporter, string Path)
{
    /// <summary>Reads every <c>FORMAT=FILE</c> value; problems name the bad value.</summary>
    public static Created<IReadOnlyList<OutputSpec>> ParseAll(IReadOnlyList<string> values, string where, IReadOnlyList<IReporter> reporters, string workingDirectory)
    {
        var specs = new List<OutputSpec>();
        var problems = new List<ConfigProblem>();
        foreach (var value in values)
        {
            var split = value.IndexOf('=', StringComparison.Ordinal);
            var format = split > 0 ? value[..split] : "";
            var file = split > 0 ? value[(split + 1)..] : "";
            var reporter = reporters.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.OrdinalIgnoreCase));
            if (split <= 0 || file.Length == 0)
            {
                problems.Add(new ConfigProblem(where, $"output '{value}' must be written FORMAT=FILE, such as sarif=results.sarif"));
            }
            else if (reporter is null)
            {
                problems.Add(new ConfigProblem(where, $"output '{value}': unknown format '{format}' (available: {string.Join(", ", reporters.Select(r => r.Format))})"));
            }
            else
            {
                specs.Add(new OutputSpec(reporter, System.IO.Path.GetFullPath(file, workingDirectory)));
            }
        }

        return problems.Count > 0 ? Created<IReadOnlyList<OutputSpec>>.Failed(problems) : Created<IReadOnlyList<OutputSpec>>.Ok(specs);
    }
}
