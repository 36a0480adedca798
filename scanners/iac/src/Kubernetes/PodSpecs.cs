using Bulwark.Scanners.Iac.Yaml;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Kubernetes;

/// <summary>
/// The normalised <c>PodSpec</c> resource of a workload, so one rule covers every workload kind: the pod spec
/// with all containers in one <c>containers</c> list (each with <c>containerType</c> and
/// <c>effectiveSecurityContext</c>), plus <c>workloadKind</c>, <c>podAnnotations</c> and <c>podLabels</c>.
/// </summary>
internal static class PodSpecs
{
    // Where each workload kind keeps its pod template; a Pod is its own template.
    private static readonly Dictionary<string, string[]> TemplatePaths = new(StringComparer.Ordinal)
    {
        ["CronJob"] = ["spec", "jobTemplate", "spec", "template"],
        ["DaemonSet"] = ["spec", "template"],
        ["Deployment"] = ["spec", "template"],
        ["Job"] = ["spec", "template"],
        ["Pod"] = [],
        ["ReplicaSet"] = ["spec", "template"],
        ["ReplicationController"] = ["spec", "template"],
        ["StatefulSet"] = ["spec", "template"],
    };

    private static readonly (string Key, string Type)[] ContainerLists =
        [("initContainers", "init"), ("containers", "regular"), ("ephemeralContainers", "ephemeral")];

    private static readonly string[] Added = ["containers", "workloadKind", "podAnnotations", "podLabels"];

    /// <summary>The pod spec of <paramref name="workload"/>, or null when it is not a workload or has no pod spec.</summary>
    public static IacResource? From(IacResource workload)
    {
        if (!TemplatePaths.TryGetValue(workload.Type, out var path))
        {
            return null;
        }

        IacObject? template = workload.Attributes;
        foreach (var key in path)
        {
            template = template?[key] as IacObject;
        }

        if (template?["spec"] is not IacObject spec)
        {
            return null;
        }

        var metadata = template["metadata"] as IacObject;
        var containers = Containers(spec);
        var members = spec.Members.Select(m => m.Key == "containers" ? containers : m).Where(m => ReferenceEquals(m, containers) || !Added.Contains(m.Key)).ToList();
        if (!members.Contains(containers))
        {
            members.Add(containers);
        }

        members.Add(WorkloadKind(workload));
        members.Add(FromMetadata("podAnnotations", metadata?.Member("annotations"), metadata ?? spec));
        members.Add(FromMetadata("podLabels", metadata?.Member("labels"), metadata ?? spec));
        return workload with { Type = KubernetesLoader.PodSpecType, Range = IacPositions.Extent(spec), Attributes = spec with { Members = members } };
    }

    private static IacMember Containers(IacObject spec)
    {
        var podContext = spec["securityContext"] as IacObject;
        var items = new List<IacValue>();
        foreach (var (key, type) in ContainerLists)
        {
            if (spec[key] is IacList list)
            {
                items.AddRange(list.Items.OfType<IacObject>().Select(c => Container(c, type, podContext)));
            }
        }

        var anchor = spec.Member("containers") ?? spec.Member("initContainers") ?? spec.Member("ephemeralContainers");
        return new IacMember("containers", anchor?.KeyRange ?? spec.Range, new IacList(items) { Range = anchor?.Value.Range ?? spec.Range });
    }

    private static IacObject Container(IacObject container, string type, IacObject? podContext)
    {
        var members = container.Members.Where(m => m.Key is not ("containerType" or "effectiveSecurityContext")).ToList();
        members.Add(new IacMember("containerType", container.Range, new IacString(type) { Range = container.Range }));
        members.Add(EffectiveSecurityContext.Of(container, podContext));
        return container with { Members = members };
    }

    private static IacMember WorkloadKind(IacResource workload)
    {
        var kind = workload.Attributes.Member("kind");
        return new IacMember("workloadKind", kind?.KeyRange ?? workload.Range, new IacString(workload.Type) { Range = kind?.Value.Range ?? workload.Range });
    }

    // Always present, empty when the template has none, so rules need not test for absence first.
    private static IacMember FromMetadata(string name, IacMember? written, IacObject owner) =>
        written is { Value: IacObject map }
            ? new IacMember(name, written.KeyRange, map)
            : new IacMember(name, written?.KeyRange ?? owner.Range, IacObject.EmptyObject with { Range = written?.Value.Range ?? owner.Range });
}
