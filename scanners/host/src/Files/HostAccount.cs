namespace Bulwark.Scanners.Host.Files;

/// <summary>One account of the audited system's <c>/etc/passwd</c>.</summary>
/// <param name="Name">The login name.</param>
/// <param name="Uid">The user id.</param>
/// <param name="Gid">The primary group id.</param>
/// <param name="Home">The home directory.</param>
/// <param name="Shell">The login shell (empty when the field is empty).</param>
/// <param name="Line">The 1-based line in /etc/passwd, for evidence.</param>
public sealed record HostAccount(string Name, int Uid, int Gid, string Home, string Shell, int Line);
