using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Policy;

/// <summary>
/// The resources a cross-resource condition may look at (the same Terraform module instance, template or
/// Compose file, or every Kubernetes manifest scanned), indexed by type so that "no NetworkPolicy in this
/// namespace" costs a lookup, not a pass over the whole cluster.
/// </summary>
public sealed class Neighbourhood
{
    private readonly Lazy<ILookup<string, IacResource>> _byType;

    /// <summary>Wraps <paramref name="resources"/>.</summary>
    public Neighbourhood(IReadOnlyList<IacResource> resources)
    {
        All = resources;
        _byType = new(() => resources.ToLookup(r => r.Type, StringComparer.Ordinal));
    }

    /// <summary>Every resource.</summary>
    public IReadOnlyList<IacResource> All { get; }

    /// <summary>The resources whose type matches <paramref name="pattern"/> (a type, or a glob with <c>*</c>).</summary>
    public IEnumerable<IacResource> OfType(string pattern) =>
        pattern.Contains('*', StringComparison.Ordinal) ? All.Where(r => TypeGlob.Matches(pattern, r.Type)) : _byType.Value[pattern];
}
