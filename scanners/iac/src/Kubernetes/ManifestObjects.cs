using Bulwark.Scanners.Iac.Yaml;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Kubernetes;

/// <summary>Turns one YAML or JSON document into its Kubernetes resources (several for a <c>List</c>, plus pod specs).</summary>
internal static class ManifestObjects
{
    /// <summary>
    /// The resources of <paramref name="document"/> (the <paramref name="number"/>th of the file), each carrying
    /// <paramref name="suppressions"/> and its own Checkov annotations.
    /// </summary>
    public static IEnumerable<IacResource> Read(string path, IacObject document, IReadOnlyList<IacSuppression> suppressions, int number)
    {
        var objects = IsList(document, out var items) ? items : [document];
        foreach (var manifest in objects)
        {
            if (Text(manifest["kind"]) is not { Length: > 0 } kind)
            {
                continue;
            }

            var resource = Resource(path, manifest, kind, number) with { Suppressions = [.. suppressions, .. CheckovAnnotations.Read(manifest)] };
            yield return resource;
            if (PodSpecs.From(resource) is { } podSpec)
            {
                yield return podSpec;
            }
        }
    }

    private static IacResource Resource(string path, IacObject manifest, string kind, int number)
    {
        var metadata = manifest["metadata"] as IacObject;
        // An unnamed object still needs an address that tells it apart from its neighbours in the file.
        var name = Text(metadata?["name"]) ?? Text(metadata?["generateName"]) ?? $"(document {number})";
        var space = Text(metadata?["namespace"]);
        return new IacResource
        {
            Platform = IacPlatform.Kubernetes,
            Type = kind,
            Name = name,
            Address = space is null ? $"{kind}/{name}" : $"{kind}/{space}/{name}",
            File = path,
            Range = IacPositions.Extent(manifest),
            Attributes = manifest,
            Namespace = space ?? "default",
        };
    }

    // kubectl writes "kind: List"; the API's own lists are "PodList", "DeploymentList"…, always with items.
    private static bool IsList(IacObject document, out IReadOnlyList<IacObject> items)
    {
        items = [];
        if (Text(document["kind"]) is not { } kind || !kind.EndsWith("List", StringComparison.Ordinal) || document["items"] is not IacList list)
        {
            return false;
        }

        items = list.Items.OfType<IacObject>().ToList();
        return true;
    }

    private static string? Text(IacValue? value) => value switch
    {
        IacString s => s.Value,
        IacNumber or IacBool => value.Describe(),
        _ => null,
    };
}
