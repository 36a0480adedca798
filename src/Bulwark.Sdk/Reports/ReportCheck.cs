namespace Bulwark.Sdk;

/// <summary>
/// One control an audit checked (a benchmark check), whatever its result: reports of an audit list passes and
/// non-applicable controls too, not only the failures that became findings.
/// </summary>
public sealed record ReportCheck
{
    /// <summary>The scanner that checked it.</summary>
    public required string Scanner { get; init; }

    /// <summary>The check's id (a failure's finding has it as rule id).</summary>
    public required string Id { get; init; }

    /// <summary>One line: what a passing system does.</summary>
    public required string Title { get; init; }

    /// <summary>The section it belongs to, with its title (<c>5.1 SSH server</c>).</summary>
    public required string Section { get; init; }

    /// <summary><c>pass</c>, <c>fail</c>, <c>not-applicable</c> or <c>error</c>.</summary>
    public required string Status { get; init; }

    /// <summary>What was found, for a person.</summary>
    public required string Message { get; init; }

    /// <summary>How bad a failure is.</summary>
    public required Severity Severity { get; init; }
}
