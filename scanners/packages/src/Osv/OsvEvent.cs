namespace Bulwark.Scanners.Packages.Osv;

/// <summary>One range event.</summary>
/// <param name="Kind"><c>introduced</c>, <c>fixed</c>, <c>last_affected</c> or <c>limit</c>.</param>
/// <param name="Version">The version (<c>0</c> for "from the beginning").</param>
public sealed record OsvEvent(string Kind, string Version);
