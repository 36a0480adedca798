using Bulwark.Scanners.Secrets.Loading;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Secrets.Verify;

/// <summary>
/// Checks that every rule does what its examples say: each <c>match</c> example yields a finding of that rule
/// and contains one of its keywords (or the prefilter would never wake it), each <c>no-match</c> example
/// yields none. Rules run alone here, with the set's global allowlist, exactly as in a scan.
/// </summary>
public static class RuleVerifier
{
    private static readonly ScannerInfo Info = new(SecretsModule.Id, "verify", "rule verification");

    /// <summary>Every problem found in <paramref name="set"/>'s rules.</summary>
    public static IReadOnlyList<ConfigProblem> Verify(SecretRuleSet set)
    {
        var problems = new List<ConfigProblem>();
        foreach (var rule in set.Rules)
        {
            problems.AddRange(VerifyRule(rule, set.GlobalAllow));
        }

        return problems;
    }

    /// <summary>The problems of one rule.</summary>
    public static IEnumerable<ConfigProblem> VerifyRule(SecretRule rule, IReadOnlyList<Allowlist> globalAllow)
    {
        var scanner = new SecretsScanner(Info, new SecretRuleSet([rule], globalAllow), _ => true);
        foreach (var (example, index) in rule.MatchExamples.Select((e, i) => (e, i + 1)))
        {
            if (rule.Keywords.Count > 0 && !rule.Keywords.Any(k => example.Contains(k, StringComparison.OrdinalIgnoreCase)))
            {
                yield return new ConfigProblem(rule.Source, $"{rule.Info.Id}: match example {index} contains none of the rule's keywords");
            }

            if (Run(scanner, example).All(f => f.RuleId != rule.Info.Id))
            {
                yield return new ConfigProblem(rule.Source, $"{rule.Info.Id}: match example {index} produced no finding");
            }
        }

        foreach (var (example, index) in rule.NoMatchExamples.Select((e, i) => (e, i + 1)))
        {
            if (Run(scanner, example).Any(f => f.RuleId == rule.Info.Id))
            {
                yield return new ConfigProblem(rule.Source, $"{rule.Info.Id}: no-match example {index} produced a finding");
            }
        }
    }

    /// <summary>Scans one text as a file named <c>example.txt</c>.</summary>
    public static IReadOnlyList<Finding> Run(IScanner scanner, string text, string path = "example.txt")
    {
        var sink = new ListSink();
        var file = new ExampleFile(path, text);
        var content = new ScanContent(System.Text.Encoding.UTF8.GetBytes(text), text.AsMemory());
        scanner.ScanAsync(file, content, sink, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return sink.Findings;
    }

    private sealed class ExampleFile : SourceFile
    {
        [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
        public ExampleFile(string path, string text)
        {
            Path = path;
            Size = text.Length;
            Text = text;
        }

        private string Text { get; }

        public override Stream OpenRead() => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Text));
    }

    private sealed class ListSink : IFindingSink
    {
        public List<Finding> Findings { get; } = [];

        public void Add(Finding finding) => Findings.Add(finding);

        public void Suppressed(SuppressedFinding finding)
        {
            // Examples carry no suppression comments; nothing to keep.
        }

        public void Error(string path, string message) => throw new InvalidOperationException($"{path}: {message}");

        public void Note(ScanNote note)
        {
            // The secret scanner makes no notes about a scan.
        }

        public void Component(ReportComponent component)
        {
            // Nor does it inventory components.
        }

        public void Check(ReportCheck check)
        {
            // Nor audit controls.
        }
    }
}
