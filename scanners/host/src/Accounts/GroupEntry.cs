namespace Bulwark.Scanners.Host.Accounts;

/// <summary>One line of /etc/group.</summary>
/// <param name="Name">The group name.</param>
/// <param name="Gid">The group id.</param>
/// <param name="Line">The 1-based line in /etc/group.</param>
internal sealed record GroupEntry(string Name, long Gid, int Line);
