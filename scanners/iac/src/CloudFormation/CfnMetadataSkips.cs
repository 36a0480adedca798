using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.CloudFormation;

/// <summary>
/// Skips written in a resource's <c>Metadata</c> rather than in comments (the only way in a JSON template):
/// Checkov's <c>Metadata: {checkov: {skip: [{id: CKV_AWS_18, comment: why}]}}</c>, and Bulwark's own in the
/// same shape under <c>bulwark</c>. KICS has no metadata form for CloudFormation; its <c>kics-scan</c> comments
/// are read with the other comments.
/// </summary>
internal static class CfnMetadataSkips
{
    private static readonly string[] Tools = ["bulwark", "checkov"];

    /// <summary>The skips in <paramref name="definition"/>'s Metadata.</summary>
    public static IEnumerable<IacSuppression> Read(IacObject definition)
    {
        if (definition["Metadata"] is not IacObject metadata)
        {
            yield break;
        }

        foreach (var tool in Tools)
        {
            if (metadata[tool] is not IacObject section || section["skip"] is not IacList skips)
            {
                continue;
            }

            foreach (var skip in skips.Items)
            {
                var (id, reason) = skip switch
                {
                    IacObject entry => (entry["id"] is { } i ? CfnValues.Text(i) : null, entry["comment"] is { } c ? CfnValues.Text(c) : null),
                    _ => (CfnValues.Text(skip), null),
                };
                if (id is not null)
                {
                    yield return new IacSuppression(tool, id, reason ?? "", ValueSpans.Of(skip));
                }
            }
        }
    }
}
