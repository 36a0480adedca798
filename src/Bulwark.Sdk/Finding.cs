namespace Bulwark.Sdk;

/// <summary>
/// One problem a scanner found. Everything in it may be printed: a scanner never puts a secret value
/// into a finding, only its redacted form.
/// </summary>
public sealed record Finding
{
    /// <summary>The id of the scanner that found it, such as <c>secrets</c>.</summary>
    public required string Scanner { get; init; }

    /// <summary>The id of the rule that matched, such as <c>secrets/github-pat</c>.</summary>
    public required string RuleId { get; init; }

    /// <summary>How much it matters, after any severity override from the project's config.</summary>
    public required Severity Severity { get; init; }

    /// <summary>A short name for the kind of problem (the rule's title).</summary>
    public required string Title { get; init; }

    /// <summary>What was found, in one or two sentences specific to this occurrence.</summary>
    public required string Message { get; init; }

    /// <summary>Where it was found.</summary>
    public required Location Location { get; init; }

    /// <summary>
    /// A stable identity used for suppressions, baselines and deduplication. It must not change when
    /// unrelated lines move, so it never includes a line number.
    /// </summary>
    public required string Fingerprint { get; init; }

    /// <summary>The matched text with any secret redacted, for a person to recognise the finding.</summary>
    public string? Evidence { get; init; }

    /// <summary>References such as <c>CWE-798</c> or documentation URLs.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>What to do about it.</summary>
    public string? Remediation { get; init; }

    /// <summary>A few lines around the finding, already redacted; empty when the scanner has none.</summary>
    public IReadOnlyList<SnippetLine> Snippet { get; init; } = [];

    /// <summary>Scanner-specific facts (an entropy, a validator result), as names and printable values.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>For a change on a watched system (file integrity): what kind of change it is and its details; otherwise null.</summary>
    public FindingChange? Change { get; init; }

    /// <summary>For a detection raised from logs: the rule's level, a correlation's group and the events; otherwise null.</summary>
    public FindingDetection? Detection { get; init; }

    /// <summary>
    /// The property that marks a finding as "this file could not be understood" (a syntax error): reported like a
    /// finding so it shows in every format, and failing the scan with exit code 3 only under <c>--fail-on-error</c>.
    /// </summary>
    public const string ScanErrorProperty = "scanError";

    /// <summary>True for a finding that reports a file the scanner could not parse.</summary>
    public bool IsScanError => Properties.TryGetValue(ScanErrorProperty, out var flag) && flag == "true";
}
