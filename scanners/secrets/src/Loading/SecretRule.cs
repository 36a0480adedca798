using System.Text.RegularExpressions;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Secrets.Loading;

/// <summary>A secret rule ready to run: its description, compiled pattern and the filters its matches pass through.</summary>
public sealed class SecretRule
{
    private readonly Lazy<Regex> _pattern;

    /// <summary>Creates a rule; the pattern is compiled on first use.</summary>
    public SecretRule() => _pattern = new(() => Patterns.TryCompile(PatternText!, out _)!);

    /// <summary>What the rule is, as reports show it.</summary>
    public required RuleInfo Info { get; init; }

    /// <summary>Where the rule was defined (<c>Rules/github.yaml:12</c>), for messages.</summary>
    public required string Source { get; init; }

    /// <summary>Lower-case literals, one of which must occur near a match; empty means the rule runs on every line.</summary>
    public required IReadOnlyList<string> Keywords { get; init; }

    /// <summary>The pattern as written; it has been checked to compile.</summary>
    public required string PatternText { get; init; }

    /// <summary>
    /// The pattern compiled to IL on first use: most rules never see their keywords in a given scan,
    /// and compiling all of them up front would cost more than a small scan takes.
    /// </summary>
    public Regex Pattern => _pattern.Value;

    /// <summary>The capture group that holds the secret: a group name or number as text.</summary>
    public required string SecretGroup { get; init; }

    /// <summary>
    /// <see cref="SecretGroup"/> as a group number. Looking a group up by the text "1" finds nothing when
    /// group 1 has a name, as in gitleaks patterns such as <c>(?P&lt;key&gt;…)</c> with <c>secretGroup = 1</c>.
    /// </summary>
    public int SecretGroupNumber => int.TryParse(SecretGroup, out var number) ? number : Pattern.GroupNumberFromName(SecretGroup);

    /// <summary>The minimum Shannon entropy (bits per character) of the secret; 0 for none.</summary>
    public double MinEntropy { get; init; }

    /// <summary>The name of a validator the secret must pass (a checksum), or null.</summary>
    public string? Validator { get; init; }

    /// <summary>When true the match may continue over several lines (private keys).</summary>
    public bool Multiline { get; init; }

    /// <summary>When false the placeholder and example-value filters are skipped (for formats that never hold placeholders).</summary>
    public bool FilterPlaceholders { get; init; } = true;

    /// <summary>
    /// True for catch-all rules (keyword plus entropy): their match is dropped when a specific rule
    /// reports the same secret, so one leaked token is one finding.
    /// </summary>
    public bool Generic { get; init; }

    /// <summary>What the rule's own allowlists exclude; a match any of them allows is dropped.</summary>
    public IReadOnlyList<Allowlist> Allow { get; init; } = [];

    /// <summary>Paths this rule is limited to (regexes over the relative path); empty means every path.</summary>
    public IReadOnlyList<Regex> Paths { get; init; } = [];

    /// <summary>Text that must produce a finding of this rule.</summary>
    public IReadOnlyList<string> MatchExamples { get; init; } = [];

    /// <summary>Text that must not produce a finding of this rule.</summary>
    public IReadOnlyList<string> NoMatchExamples { get; init; } = [];

    /// <summary>The ids other tools give the same rule (gitleaks), so their configs can refer to it.</summary>
    public IReadOnlyList<string> CompatibleIds { get; init; } = [];
}
