using System.Globalization;
using Bulwark.Scanners.Secrets.Loading;
using Bulwark.Scanners.Secrets.Matching;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Secrets.Output;

/// <summary>Turns an accepted match into a <see cref="Finding"/>: location, redacted evidence and snippet, fingerprint.</summary>
public static class FindingFactory
{
    /// <summary>Creates the finding for <paramref name="match"/> of <paramref name="rule"/>.</summary>
    public static Finding Create(SecretRule rule, RawMatch match, SourceFile file, ScanContent content, SpanIndex secrets, double entropy, string fingerprint)
    {
        var text = content.Text.Span;
        var lines = content.Lines;
        var startLine = lines.LineOf(match.SecretStart);
        var endLine = lines.LineOf(Math.Max(match.SecretStart, match.SecretEnd - 1));
        var secret = text.Slice(match.SecretStart, match.SecretLength);
        var redacted = Redaction.Of(secret);
        var evidence = SnippetBuilder.Redact(text, match.Start, match.End, secrets).ReplaceLineEndings(" ");
        var properties = new Dictionary<string, string>
        {
            ["entropy"] = entropy.ToString("0.00", CultureInfo.InvariantCulture),
            ["secretLength"] = match.SecretLength.ToString(CultureInfo.InvariantCulture),
        };
        if (rule.Validator is not null)
        {
            properties["validator"] = rule.Validator;
        }

        return new Finding
        {
            Scanner = SecretsModule.Id,
            RuleId = rule.Info.Id,
            Severity = rule.Info.Severity,
            Title = rule.Info.Title,
            Message = $"{rule.Info.Title} in plain text: {redacted}",
            Location = new Location(file.Path, startLine, endLine)
            {
                StartColumn = lines.ColumnOf(match.SecretStart),
                EndColumn = lines.ColumnOf(Math.Max(match.SecretStart, match.SecretEnd - 1)) + 1,
                Origin = file.Origin,
            },
            Fingerprint = fingerprint,
            Evidence = SnippetBuilder.Shorten(evidence, match.SecretStart - match.Start),
            References = rule.Info.References,
            Remediation = rule.Info.Remediation,
            Snippet = SnippetBuilder.Around(text, lines, startLine, endLine, secrets, match.SecretStart),
            Properties = properties,
        };
    }
}
