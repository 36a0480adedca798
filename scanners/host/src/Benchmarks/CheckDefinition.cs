using Bulwark.Scanners.Host.Checks;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Host.Benchmarks;

/// <summary>One check of a benchmark: what it is, why, how to fix it, and the check itself.</summary>
public sealed record CheckDefinition
{
    /// <summary><c>host/deb-ssh-root-login</c>.</summary>
    public required string Id { get; init; }

    /// <summary>One line: what a passing system does.</summary>
    public required string Title { get; init; }

    /// <summary>The section id (its title is in the benchmark's sections).</summary>
    public required string Section { get; init; }

    /// <summary>The CIS profile level, 1 or 2.</summary>
    public required int Level { get; init; }

    /// <summary>How bad a failure is.</summary>
    public required Severity Severity { get; init; }

    /// <summary>Why it matters.</summary>
    public required string Rationale { get; init; }

    /// <summary>What to change, for a person.</summary>
    public required string Remediation { get; init; }

    /// <summary>CIS section, STIG id, …</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>True when only a live host can answer it (a root tree gets not-applicable).</summary>
    public bool LiveOnly { get; init; }

    /// <summary>The check.</summary>
    public required ICheck Check { get; init; }

    /// <summary>The fix the benchmark spells out; null to derive it from the check.</summary>
    public FixSpec? Fix { get; init; }

    /// <summary>Where it is defined: <c>file:line</c>.</summary>
    public required string Where { get; init; }
}
