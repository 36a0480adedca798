namespace Bulwark.Scanners.Host.Files;

/// <summary>Where an audited path lives on the host after its symbolic links were followed inside the root.</summary>
/// <param name="HostPath">The host path (which may not exist when only its last segment is missing); null when a parent is missing.</param>
/// <param name="Problem">Why the path cannot be resolved (a link loop, a parent that cannot be searched); null otherwise.</param>
internal readonly record struct Resolution(string? HostPath, string? Problem);
