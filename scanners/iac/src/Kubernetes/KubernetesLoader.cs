using Bulwark.Scanners.Iac.Model;
using Bulwark.Scanners.Iac.Yaml;

namespace Bulwark.Scanners.Iac.Kubernetes;

/// <summary>
/// Reads Kubernetes manifests (multi-document YAML, <c>kind: List</c>, JSON) into resources: each object as
/// <c>Kind</c> at <c>Kind/[namespace/]name</c> with the whole object as attributes, and for each workload a
/// normalised <see cref="PodSpecType"/> at the same address.
/// </summary>
public static class KubernetesLoader
{
    /// <summary>
    /// The type of the normalised pod spec emitted for each workload (Pod, Deployment, StatefulSet, DaemonSet,
    /// ReplicaSet, ReplicationController, Job, CronJob): the pod spec's own fields, plus <c>containers</c> (init,
    /// regular and ephemeral together, each with <c>containerType</c> and <c>effectiveSecurityContext</c>, the
    /// pod's security context overlaid by the container's), <c>workloadKind</c>, <c>podAnnotations</c> and
    /// <c>podLabels</c>.
    /// </summary>
    public const string PodSpecType = "PodSpec";

    /// <summary>
    /// True when the file looks like Kubernetes manifests: YAML with <c>apiVersion</c> and <c>kind</c> at the top
    /// level of a document, or a JSON object with both, and not a Compose, CloudFormation or Ansible file.
    /// </summary>
    /// <param name="path">The file's path (its name and extension are used).</param>
    /// <param name="text">The file's text (only its beginning is looked at).</param>
    public static bool Recognises(string path, string text) => ManifestRecognition.Recognises(path, text);

    /// <summary>
    /// Reads every document of the file. A document that does not parse becomes a diagnostic with its line and
    /// column and the other documents are still read; suppression comments are placed on the resources they
    /// precede or on the lines they cover.
    /// </summary>
    /// <param name="path">The file's path relative to the scan root, as findings name it.</param>
    /// <param name="text">The file's text.</param>
    public static IacDocument Load(string path, string text)
    {
        var layout = new YamlLayout();
        var diagnostics = new List<IacDiagnostic>();
        var documents = new List<IacObject>();
        // The layout pass (a second tokenisation) only matters for comments, and for where an error began.
        var hasComments = text.Contains('#', StringComparison.Ordinal);
        foreach (var chunk in YamlChunks.Split(text))
        {
            var unclosed = hasComments ? layout.Add(chunk.Text, chunk.FirstLine) : SourceRange.None;
            var (roots, problem) = YamlDocuments.Read(path, chunk.Text);
            if (problem is not null)
            {
                unclosed = hasComments ? unclosed : new YamlLayout().Add(chunk.Text, chunk.FirstLine);
                diagnostics.Add(problem with { Range = WhereItFailed(problem.Range, unclosed, chunk.FirstLine) });
            }

            documents.AddRange(roots.Select(r => IacPositions.Shift(YamlConversion.ToIac(r), chunk.FirstLine - 1)).OfType<IacObject>());
        }

        var placed = YamlSuppressionPlacement.Place(layout, documents.Select(d => IacPositions.Extent(d)).ToList());
        var resources = documents.SelectMany((d, i) => ManifestObjects.Read(path, d, placed.PerUnit[i], i + 1)).ToList();
        return new IacDocument
        {
            Platform = IacPlatform.Kubernetes,
            File = path,
            Resources = resources,
            Diagnostics = diagnostics,
            LineSuppressions = placed.Lines.Select(s => (path, s)).ToList(),
        };
    }

    // An unclosed bracket is reported where the parser gave up (or nowhere); where it was opened is what to fix.
    private static SourceRange WhereItFailed(SourceRange reported, SourceRange unclosed, int firstLine) =>
        unclosed.IsKnown ? unclosed
        : reported.IsKnown ? IacPositions.Move(reported, firstLine - 1)
        : SourceRange.Line(firstLine);
}
