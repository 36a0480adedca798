namespace Bulwark.Scanners.Host.Config;

/// <summary>What reading a configuration gave.</summary>
/// <param name="Entries">The settings in reading order (includes expanded in place).</param>
/// <param name="Missing">True when the main file does not exist.</param>
/// <param name="Problems">Files that could not be read or parsed, each with path, line and reason.</param>
public sealed record ConfigRead(IReadOnlyList<ConfigEntry> Entries, bool Missing, IReadOnlyList<string> Problems);
