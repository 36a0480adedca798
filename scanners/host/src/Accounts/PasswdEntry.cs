namespace Bulwark.Scanners.Host.Accounts;

/// <summary>One account line of /etc/passwd.</summary>
/// <param name="Name">The login name.</param>
/// <param name="Password">The password field: <c>x</c> when the hash is in /etc/shadow; never shown to anyone.</param>
/// <param name="Uid">The user id.</param>
/// <param name="Gid">The primary group id.</param>
/// <param name="Shell">The login shell as written; empty means <c>/bin/sh</c>.</param>
/// <param name="Line">The 1-based line in /etc/passwd.</param>
internal sealed record PasswdEntry(string Name, string Password, long Uid, long Gid, string Shell, int Line);
