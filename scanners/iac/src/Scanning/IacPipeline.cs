using Bulwark.Scanners.Iac.Model;
using Bulwark.Scanners.Iac.Policy;
using Bulwark.Scanners.Iac.Suppressions;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Iac.Scanning;

/// <summary>
/// From files to findings: load every file with its platform's loader (Terraform per module folder), evaluate
/// the rules on every resource with its neighbours, and split the hits into findings and suppressed findings.
/// The scanner and the rules' own tests both run through here.
/// </summary>
public static class IacPipeline
{
    /// <summary>The documents the inputs hold; files no loader recognises are left out.</summary>
    public static IReadOnlyList<IacDocument> Load(IReadOnlyList<IacInput> inputs)
    {
        var documents = new List<IacDocument>();
        var terraform = inputs.Where(i => i.IsTerraform).ToList();
        if (terraform.Count > 0)
        {
            documents.AddRange(Loaders.LoadTerraform(terraform));
        }

        foreach (var input in inputs.Where(i => !i.IsTerraform))
        {
            if (Loaders.LoadFile(input) is { } document)
            {
                documents.Add(document);
            }
        }

        return documents;
    }

    /// <summary>Findings and suppressed findings of <paramref name="documents"/> under <paramref name="evaluator"/>.</summary>
    public static (List<Finding> Findings, List<SuppressedFinding> Suppressed) Evaluate(IReadOnlyList<IacDocument> documents, RuleEvaluator evaluator, Func<string, string?> textOf, Func<string, Origin?> originOf)
    {
        // Files are split into lines once, however many findings they have.
        var lines = new System.Collections.Concurrent.ConcurrentDictionary<string, string[]?>(StringComparer.Ordinal);
        string[]? LinesOf(string file) => lines.GetOrAdd(file, f => textOf(f)?.Split('\n'));
        var findings = new List<Finding>();
        var suppressed = new List<SuppressedFinding>();
        var gate = new Lock();
        var kubernetes = new Neighbourhood(documents.Where(d => d.Platform == IacPlatform.Kubernetes).SelectMany(d => d.Resources).ToList());
        Parallel.ForEach(documents, document =>
        {
            var local = new List<Finding>();
            var localSuppressed = new List<SuppressedFinding>();
            var lineSuppressions = document.LineSuppressions.ToLookup(s => s.File, s => s.Suppression);
            foreach (var diagnostic in document.Diagnostics)
            {
                local.Add(IacFindings.ForDiagnostic(diagnostic, LinesOf(diagnostic.File), originOf(diagnostic.File)));
            }

            // Kubernetes objects meet their whole cluster (a NetworkPolicy may live in another manifest); the rest their own file or module.
            var neighbours = document.Platform == IacPlatform.Kubernetes ? kubernetes : new Neighbourhood(document.Resources);
            foreach (var resource in document.Resources)
            {
                foreach (var hit in evaluator.Evaluate(resource, neighbours))
                {
                    var finding = IacFindings.For(hit, LinesOf(resource.File), originOf(resource.File));
                    var range = hit.Hit.Range.IsKnown ? hit.Hit.Range : resource.Range;
                    if (SuppressionMatcher.Find(hit.Rule, resource, range, [.. lineSuppressions[resource.File]]) is { } suppression)
                    {
                        localSuppressed.Add(new SuppressedFinding(finding, "inline", suppression.Reason.Length > 0 ? suppression.Reason : SuppressionMatcher.Describe(suppression))
                        {
                            Source = $"{resource.File}:{suppression.Range.StartLine} ({SuppressionMatcher.Describe(suppression)})",
                        });
                    }
                    else
                    {
                        local.Add(finding);
                    }
                }
            }

            lock (gate)
            {
                findings.AddRange(local);
                suppressed.AddRange(localSuppressed);
            }
        });
        return (findings, suppressed);
    }
}
