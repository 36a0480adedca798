namespace Bulwark.Scanners.Packages.Database;

/// <summary>What an import did.</summary>
/// <param name="Read">Records read and parsed.</param>
/// <param name="Refused">Records (or files) that could not be used.</param>
/// <param name="Problems">The first few of those, with why.</param>
public sealed record ImportResult(long Read, int Refused, IReadOnlyList<string> Problems);
