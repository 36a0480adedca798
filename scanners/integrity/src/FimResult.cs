using Bulwark.Sdk;

namespace Bulwark.Scanners.Integrity;

/// <summary>The outcome of recording a baseline: a summary, or the problems with the user's input, or why it failed.</summary>
public sealed record FimResult
{
    /// <summary>What was recorded, when it worked.</summary>
    public FimSummary? Summary { get; init; }

    /// <summary>What is wrong with the input (exit code 2).</summary>
    public IReadOnlyList<ConfigProblem> Problems { get; init; } = [];

    /// <summary>Why it could not be done (a baseline that fails its signature: exit code 3).</summary>
    public string? Failure { get; init; }

    internal static FimResult Invalid(IReadOnlyList<ConfigProblem> problems) => new() { Problems = problems };

    internal static FimResult Failed(string failure) => new() { Failure = failure };
}
