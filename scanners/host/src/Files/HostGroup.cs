namespace Bulwark.Scanners.Host.Files;

/// <summary>One group of the audited system's <c>/etc/group</c>.</summary>
/// <param name="Name">The group name.</param>
/// <param name="Gid">The group id.</param>
/// <param name="Members">The supplementary members listed in the fourth field.</param>
/// <param name="Line">The 1-based line in /etc/group, for evidence.</param>
public sealed record HostGroup(string Name, int Gid, IReadOnlyList<string> Members, int Line);
