using Bulwark.Sdk;

namespace Bulwark.Scanners.Iac.Policy;

/// <summary>A compiled IaC rule: what it applies to, the violation it describes, the peers' ids for it, its own tests.</summary>
public sealed class IacRule
{
    /// <summary>What the rule is, as reports show it.</summary>
    public required RuleInfo Info { get; init; }

    /// <summary>Where the rule is written (<c>Rules/terraform/aws-s3.yaml:12</c>).</summary>
    public required string Source { get; init; }

    /// <summary>The platform it checks.</summary>
    public required string Platform { get; init; }

    /// <summary>The resource types it checks (<c>*</c> globs allowed).</summary>
    public required IReadOnlyList<string> Types { get; init; }

    /// <summary>A precondition: the rule checks only resources where it definitely holds; null for all.</summary>
    public Condition? When { get; init; }

    /// <summary>The violation; each definite hit is a finding.</summary>
    public required Condition Violation { get; init; }

    /// <summary>The ids other tools give the same check, by tool (checkov, tfsec, trivy, kics, kube-linter, hadolint).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Peers => Info.PeerIds;

    /// <summary>The rule's own examples, run by the tests and by <c>bulwark rules verify</c>.</summary>
    public IReadOnlyList<RuleTest> Tests { get; init; } = [];

    /// <summary>Whether the rule checks resources of <paramref name="type"/>.</summary>
    public bool AppliesTo(string type) => Types.Any(t => TypeGlob.Matches(t, type));
}

/// <summary>One example of a rule: input files and the lines where the rule must report (none for a negative example).</summary>
/// <param name="Name">What the example shows.</param>
/// <param name="Files">The files, by name.</param>
/// <param name="ExpectedLines">The first lines of the expected findings, in order; empty when the rule must not report.</param>
/// <param name="Source">Where the example is written.</param>
public sealed record RuleTest(string Name, IReadOnlyDictionary<string, string> Files, IReadOnlyList<int> ExpectedLines, string Source);
