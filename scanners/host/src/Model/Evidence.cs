namespace Bulwark.Scanners.Host.Model;

/// <summary>What a check saw, where: the value found and the value required.</summary>
/// <param name="File">The absolute path on the audited system, or null for live state without a file.</param>
/// <param name="Line">The 1-based line, 0 when the file as a whole is meant.</param>
/// <param name="Found">What is there (<c>PermitRootLogin yes</c>, <c>mode 0644</c>, <c>not set</c>); never a secret.</param>
/// <param name="Required">What the benchmark asks for (<c>PermitRootLogin no</c>, <c>mode at most 0600</c>).</param>
public sealed record Evidence(string? File, int Line, string Found, string Required);
