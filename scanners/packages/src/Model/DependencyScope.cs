namespace Bulwark.Scanners.Packages.Model;

/// <summary>How a package got into the project, as far as the file says.</summary>
public enum DependencyScope
{
    /// <summary>The format does not say (a flat list, an installed OS package).</summary>
    Unknown,

    /// <summary>Declared by the project itself.</summary>
    Direct,

    /// <summary>Pulled in by another package.</summary>
    Transitive,
}
