using System.Text.RegularExpressions;
using Bulwark.Scanners.Secrets.Filtering;
using Bulwark.Scanners.Secrets.Loading;
using Bulwark.Scanners.Secrets.Matching;
using Bulwark.Scanners.Secrets.Output;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Secrets;

/// <summary>
/// The secret scanner for one scan: keyword prefilter, patterns near the keywords, then the filters
/// (allowlists, placeholders, entropy, validators), then one finding per secret and rule.
/// </summary>
public sealed class SecretsScanner : IScanner
{
    private readonly SecretRule[] _rules;
    private readonly IReadOnlyList<Allowlist> _global;
    private readonly IReadOnlyList<Allowlist> _globalForEveryRule;
    private readonly Matcher _matcher;
    private readonly bool[] _pathConditional;
    private readonly FingerprintCache _fingerprints = new();

    /// <summary>Prepares the enabled rules of <paramref name="set"/>.</summary>
    public SecretsScanner(ScannerInfo info, SecretRuleSet set, Func<RuleInfo, bool> isRuleEnabled)
    {
        Info = info;
        Rules = set.Rules.Select(r => r.Info).ToList();
        _rules = set.Rules.Where(r => isRuleEnabled(r.Info)).ToArray();
        _global = set.GlobalAllow;
        _globalForEveryRule = [.. _global.Where(l => l.AppliesToEveryRule)];
        _matcher = new Matcher(_rules);
        _pathConditional = _rules.Select(r => r.Paths.Count > 0 || r.Allow.Count > 0 || _global.Any(l => l.TargetRules.Count > 0)).ToArray();
    }

    /// <inheritdoc />
    public ScannerInfo Info { get; }

    /// <inheritdoc />
    public IReadOnlyList<RuleInfo> Rules { get; }

    /// <inheritdoc />
    public bool Wants(SourceFile file) => !_global.Any(l => l.TargetRules.Count == 0 && l.AllowsFile(file.Path, file.Origin?.Id));

    /// <inheritdoc />
    public ValueTask ScanAsync(SourceFile file, ScanContent content, IFindingSink sink, CancellationToken cancellationToken)
    {
        try
        {
            Scan(file, content, sink);
        }
        catch (RegexMatchTimeoutException e)
        {
            sink.Error(file.Path, $"a secret rule's pattern took longer than {e.MatchTimeout.TotalSeconds:0}s on this file, so it was not fully scanned");
        }

        return ValueTask.CompletedTask;
    }

    private void Scan(SourceFile file, ScanContent content, IFindingSink sink)
    {
        var raw = _matcher.Find(content.Text, rule => !_pathConditional[rule] || Applies(_rules[rule], file));
        if (raw.Count == 0)
        {
            return;
        }

        var secrets = new SpanIndex(raw.Select(m => (m.SecretStart, m.SecretEnd)));
        var accepted = new List<(RawMatch Match, double Entropy)>();
        foreach (var match in raw)
        {
            if (Accept(match, file, content) is { } entropy)
            {
                accepted.Add((match, entropy));
            }
        }

        var specific = new SpanIndex(accepted.Where(a => !_rules[a.Match.Rule].Generic).Select(a => (a.Match.SecretStart, a.Match.SecretEnd)));
        foreach (var (match, entropy) in accepted)
        {
            if (_rules[match.Rule].Generic && specific.Any(match.SecretStart, match.SecretEnd))
            {
                continue;
            }

            var rule = _rules[match.Rule];
            var fingerprint = _fingerprints.Of(rule.Info.Id, content.Text.Span.Slice(match.SecretStart, match.SecretLength));
            sink.Add(FindingFactory.Create(rule, match, file, content, secrets, entropy, fingerprint));
        }
    }

    // Returns the secret's entropy when the match passes every filter, null when it is dropped.
    private double? Accept(RawMatch match, SourceFile file, ScanContent content)
    {
        var rule = _rules[match.Rule];
        var text = content.Text.Span;
        var secret = text.Slice(match.SecretStart, match.SecretLength).ToString();
        var matched = text.Slice(match.Start, match.Length).ToString();
        var lines = content.Lines;
        var first = lines.StartOf(lines.LineOf(match.Start));
        var lineEnd = text[match.End..].IndexOf('\n') is var n and >= 0 ? match.End + n : text.Length;
        var line = text[first..lineEnd].ToString();
        var id = rule.Info.Id;
        var commit = file.Origin?.Id;
        if (rule.Allow.Allow(id, file.Path, commit, secret, matched, line))
        {
            return null;
        }

        var global = rule.FilterPlaceholders ? _global : _globalForEveryRule;
        if ((rule.FilterPlaceholders && Placeholders.IsPlaceholder(secret)) || global.Allow(id, file.Path, commit, secret, matched, line))
        {
            return null;
        }

        var entropy = Entropy.Of(secret);
        if (entropy < rule.MinEntropy)
        {
            return null;
        }

        return rule.Validator is null || SecretValidators.Validate(rule.Validator, secret) ? entropy : null;
    }

    private bool Applies(SecretRule rule, SourceFile file) =>
        (rule.Paths.Count == 0 || rule.Paths.Any(p => p.IsMatch(file.Path)))
        && !rule.Allow.AllowFile(rule.Info.Id, file.Path, file.Origin?.Id)
        && !_global.AllowFile(rule.Info.Id, file.Path, file.Origin?.Id);
}
