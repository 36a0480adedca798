using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Firewall;

/// <summary>What one firewall (or one view of it: its files, or its running state) says about inbound traffic.</summary>
/// <param name="Source">The firewall and view, for messages: <c>nftables</c>, <c>nftables (running)</c>.</param>
/// <param name="DeniesInbound">True when it is enabled and drops or rejects inbound traffic by default.</param>
/// <param name="Evidence">Where that was seen, or what was found instead.</param>
/// <param name="Problem">Why it could not be told (an unreadable file); null when it could.</param>
internal sealed record FirewallVerdict(string Source, bool DeniesInbound, IReadOnlyList<Evidence> Evidence, string? Problem = null)
{
    /// <summary>A firewall that does not deny inbound traffic, with the one piece of evidence that shows why.</summary>
    internal static FirewallVerdict Open(string source, string? file, int line, string found, string required) =>
        new(source, false, [new Evidence(file, line, found, required)]);

    /// <summary>A firewall that could not be judged because a file could not be read.</summary>
    internal static FirewallVerdict Unreadable(string source, string file, string? problem) =>
        new(source, false, [new Evidence(file, 0, $"could not be read: {problem}", "readable")], $"{file} could not be read: {problem}");
}
