using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Kubernetes;

/// <summary>
/// The security context a container actually runs with: the pod's <c>spec.securityContext</c> fields that
/// apply to containers, overlaid by the container's own, field by field, the container winning. This follows
/// the kubelet's <c>DetermineEffectiveSecurityContext</c>
/// (https://github.com/kubernetes/kubernetes/blob/master/pkg/securitycontext/util.go).
/// Every field keeps the range where it is written, in the container or in the pod.
/// </summary>
internal static class EffectiveSecurityContext
{
    // PodSecurityContext fields the kubelet copies into each container's context; the others (fsGroup,
    // supplementalGroups, sysctls…) apply to the pod's volumes and sandbox, not to a container's process.
    private static readonly string[] Inherited =
        ["runAsUser", "runAsGroup", "runAsNonRoot", "seLinuxOptions", "seccompProfile", "appArmorProfile", "windowsOptions"];

    private static readonly string[] GmsaFields = ["gmsaCredentialSpecName", "gmsaCredentialSpec"];

    /// <summary>The <c>effectiveSecurityContext</c> member for <paramref name="container"/> in a pod whose context is <paramref name="pod"/>.</summary>
    public static IacMember Of(IacObject container, IacObject? pod)
    {
        var own = container.Member("securityContext") is { Value: IacObject } written ? written : null;
        var ownFields = own?.Value as IacObject;
        var podFields = Set(pod);
        var members = new List<IacMember>();
        foreach (var field in Set(ownFields))
        {
            members.Add(field.Key == "windowsOptions" && podFields.FirstOrDefault(p => p.Key == "windowsOptions") is { } podWindows
                ? MergeWindowsOptions(podWindows, field)
                : field);
        }

        foreach (var field in podFields)
        {
            if (Inherited.Contains(field.Key) && members.All(m => m.Key != field.Key))
            {
                members.Add(field);
            }
        }

        var at = own?.Value.Range ?? container.Range;
        return new IacMember("effectiveSecurityContext", own?.KeyRange ?? container.Range, new IacObject(members) { Range = at });
    }

    // Only the Windows options the container sets replace the pod's; the two GMSA fields travel together.
    private static IacMember MergeWindowsOptions(IacMember pod, IacMember container)
    {
        if (pod.Value is not IacObject podOptions || container.Value is not IacObject ownOptions)
        {
            return container;
        }

        var ownSet = Set(ownOptions);
        var setsGmsa = ownSet.Any(m => GmsaFields.Contains(m.Key));
        var merged = Set(podOptions)
            .Where(m => ownSet.All(o => o.Key != m.Key) && !(setsGmsa && GmsaFields.Contains(m.Key)))
            .Concat(ownSet)
            .ToList();
        return container with { Value = ownOptions with { Members = merged } };
    }

    // A field written as null (or left empty) is unset, as a nil pointer is to the kubelet.
    private static IReadOnlyList<IacMember> Set(IacObject? fields) =>
        fields is null ? [] : fields.Members.Where(m => m.Value is not IacNull).ToList();
}
