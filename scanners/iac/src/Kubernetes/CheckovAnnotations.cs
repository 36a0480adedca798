using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Kubernetes;

/// <summary>
/// Checkov's Kubernetes skips, written as annotations rather than comments:
/// <c>checkov.io/skip1: CKV_K8S_20=reason</c> (https://www.checkov.io/2.Basics/Suppressing%20and%20Skipping%20Policies.html).
/// </summary>
internal static class CheckovAnnotations
{
    /// <summary>The skips in <paramref name="manifest"/>'s own <c>metadata.annotations</c>.</summary>
    public static IReadOnlyList<IacSuppression> Read(IacObject manifest)
    {
        if ((manifest["metadata"] as IacObject)?["annotations"] is not IacObject annotations)
        {
            return [];
        }

        var found = new List<IacSuppression>();
        foreach (var annotation in annotations.Members)
        {
            if (!annotation.Key.StartsWith("checkov.io/skip", StringComparison.Ordinal) || annotation.Value is not IacString { Value: var text })
            {
                continue;
            }

            var equals = text.IndexOf('=', StringComparison.Ordinal);
            var id = (equals < 0 ? text : text[..equals]).Trim();
            if (id.Length > 0)
            {
                found.Add(new IacSuppression("checkov", id, equals < 0 ? "" : text[(equals + 1)..].Trim(), annotation.Range));
            }
        }

        return found;
    }
}
