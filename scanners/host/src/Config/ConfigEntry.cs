namespace Bulwark.Scanners.Host.Config;

/// <summary>One setting as a configuration file states it, with where.</summary>
/// <param name="Key">The key as the program matches it (sshd keywords are case-insensitive: stored lower-case).</param>
/// <param name="Value">The value text, trimmed, quotes kept as written.</param>
/// <param name="File">The absolute path of the file (an included file's own path).</param>
/// <param name="Line">The 1-based line.</param>
public sealed record ConfigEntry(string Key, string Value, string File, int Line);
