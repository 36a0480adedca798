using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Ansible;

/// <summary>Makes the <see cref="IacResource"/> for one task: its name, a unique address, its attributes.</summary>
internal static class AnsibleResources
{
    /// <summary>The resource for <paramref name="site"/>; <paramref name="used"/> keeps addresses unique within the file.</summary>
    public static IacResource Build(AnsibleSite site, AnsibleSource source, HashSet<string> used, IReadOnlyList<IacSuppression> suppressions)
    {
        var (module, attributes) = AnsibleTask.Normalise(site.Task, site.Scope, source);
        var name = (site.Task["name"] as IacString)?.Value ?? site.Name ?? $"{(module.Length > 0 ? module : "task")} #{site.Number}";
        var address = $"{site.Scope.Address} > {site.Kind} {name}";
        for (var n = 2; !used.Add(address); n++)
        {
            address = $"{site.Scope.Address} > {site.Kind} {name} #{n}";
        }

        return new IacResource
        {
            Platform = IacPlatform.Ansible,
            Type = "ansible_task",
            Name = name,
            Address = address,
            File = source.File,
            Range = site.Range,
            Attributes = attributes,
            Suppressions = suppressions,
        };
    }
}
