using Bulwark.Scanners.Packages.Model;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Packages.Reporting;

/// <summary>
/// The packages scanner's components as a report carries them, back into packages and edges for the SBOM
/// writers. Components of other scanners are left out.
/// </summary>
public static class ReportedComponents
{
    /// <summary>The packages and the dependency edges among them.</summary>
    public static (IReadOnlyList<Package> Packages, IReadOnlyList<DependencyEdge> Edges) Of(IReadOnlyList<ReportComponent> components)
    {
        var packages = new List<Package>();
        var edges = new List<DependencyEdge>();
        foreach (var component in components.Where(c => c.Scanner == PackagesModule.Id))
        {
            packages.Add(new Package
            {
                Ecosystem = Ecosystems.Base(component.Ecosystem),
                Release = Ecosystems.Release(component.Ecosystem),
                Name = component.Name,
                Version = component.Version,
                Purl = component.Purl,
                File = component.Location.Path,
                Line = component.Location.StartLine,
                Scope = component.Direct switch { true => DependencyScope.Direct, false => DependencyScope.Transitive, null => DependencyScope.Unknown },
                Development = component.Development,
                SourceName = component.Properties.GetValueOrDefault("sourcePackage"),
                SourceVersion = component.Properties.GetValueOrDefault("sourceVersion"),
                Note = component.Properties.GetValueOrDefault("note"),
            });
            edges.AddRange(component.DependsOn.Select(to => new DependencyEdge(component.Purl, to)));
        }

        return (packages, edges);
    }
}
