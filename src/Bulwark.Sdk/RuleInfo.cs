namespace Bulwark.Sdk;

/// <summary>What a rule is, independent of any match: shown in reports, SARIF rule lists and docs.</summary>
public sealed record RuleInfo
{
    /// <summary>The rule id, <c>room/kebab-slug</c>, never reused.</summary>
    public required string Id { get; init; }

    /// <summary>A short name.</summary>
    public required string Title { get; init; }

    /// <summary>The default severity of its findings.</summary>
    public required Severity Severity { get; init; }

    /// <summary>What the rule detects and why it matters.</summary>
    public string Description { get; init; } = "";

    /// <summary>What to do about a finding.</summary>
    public string? Remediation { get; init; }

    /// <summary>References such as <c>CWE-798</c> or documentation URLs.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>Free-form tags such as <c>cloud</c> or <c>private-key</c>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>False for rules that run only when the project's config enables them.</summary>
    public bool EnabledByDefault { get; init; } = true;

    /// <summary>Earlier ids of this rule, still accepted in configs and suppressions after a rename.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>What the rule examines, when narrower than every file: resource types for IaC rules (<c>aws_s3_bucket</c>).</summary>
    public IReadOnlyList<string> AppliesTo { get; init; } = [];

    /// <summary>
    /// The same check's ids in other tools, by tool (<c>checkov: [CKV_AWS_20]</c>): how their suppression comments
    /// map onto this rule, and how a team moving from them finds its checks.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PeerIds { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
