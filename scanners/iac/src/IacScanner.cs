using System.Collections.Concurrent;
using Bulwark.Scanners.Iac.Hcl.Syntax;
using Bulwark.Scanners.Iac.Hcl.Terraform;
using Bulwark.Scanners.Iac.Model;
using Bulwark.Scanners.Iac.Policy;
using Bulwark.Scanners.Iac.Scanning;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Iac;

/// <summary>
/// The IaC scanner for one scan. Files are parsed as they are read, on the scan's worker threads; once every
/// file is in, Terraform is evaluated per root module (so variables, locals and modules resolve across files)
/// and every resource is checked by the rules, both in parallel.
/// </summary>
public sealed class IacScanner(ScannerInfo info, IReadOnlyList<IacRule> rules) : IScanner
{
    private readonly ConcurrentBag<IacInput> _terraform = [];
    private readonly ConcurrentDictionary<IacInput, ParseResult<ConfigFile>> _parsed = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentBag<(IacInput Input, IacDocument Document)> _documents = [];
    private readonly RuleEvaluator _evaluator = new(rules);

    /// <inheritdoc />
    public ScannerInfo Info { get; } = info;

    /// <inheritdoc />
    public IReadOnlyList<RuleInfo> Rules { get; } = [.. rules.Select(r => r.Info), IacFindings.ParseErrorInfo];

    /// <inheritdoc />
    public bool Wants(SourceFile file) => Loaders.MightBeConfiguration(file.Path);

    /// <summary>
    /// Parses the file on the scan's worker threads: single-file platforms are loaded completely here;
    /// Terraform files are parsed here and evaluated per module once all are in.
    /// </summary>
    public ValueTask ScanAsync(SourceFile file, ScanContent content, IFindingSink sink, CancellationToken cancellationToken)
    {
        var input = new IacInput(file.Path, content.Text.ToString(), file.Origin);
        if (input.IsTerraform)
        {
            _terraform.Add(input);
            if (input.Path.EndsWith(".tf", StringComparison.Ordinal) || input.Path.EndsWith(".tfvars", StringComparison.Ordinal))
            {
                _parsed[input] = HclParser.Parse(input.Text, input.Path);
            }
        }
        else if (Loaders.LoadFile(input) is { } document)
        {
            _documents.Add((input, document));
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Evaluates Terraform modules, then every rule on every resource, in parallel.</summary>
    public ValueTask FinishAsync(IFindingSink sink, CancellationToken cancellationToken)
    {
        // Files of different commits (history scans) are separate configurations: never mix them in one module.
        var origins = _terraform.Select(i => i.Origin?.Id ?? "").Concat(_documents.Select(d => d.Input.Origin?.Id ?? "")).Distinct();
        foreach (var origin in origins)
        {
            var terraform = _terraform.Where(i => (i.Origin?.Id ?? "") == origin).ToList();
            var files = _documents.Where(d => (d.Input.Origin?.Id ?? "") == origin).ToList();
            var texts = terraform.Concat(files.Select(f => f.Input)).GroupBy(i => i.Path).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var documents = new List<IacDocument>(files.Select(f => f.Document));
            if (terraform.Count > 0)
            {
                documents.AddRange(TerraformProject.Load(terraform, input => _parsed.TryGetValue(input, out var parsed) ? parsed : HclParser.Parse(input.Text, input.Path)));
            }

            var (findings, suppressed) = IacPipeline.Evaluate(documents, _evaluator,
                path => texts.GetValueOrDefault(path)?.Text, path => texts.GetValueOrDefault(path)?.Origin);
            findings.ForEach(sink.Add);
            suppressed.ForEach(sink.Suppressed);
        }

        return ValueTask.CompletedTask;
    }
}
