using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Config;

/// <summary>
/// How one program reads its configuration: comment syntax, key/value separator, includes, and which of several
/// values for a key is the one in effect (sshd: the first; sysctl.d, login.defs, most others: the last).
/// </summary>
public interface IConfigSyntax
{
    /// <summary>The name a benchmark uses: <c>sshd</c>, <c>sudoers</c>, <c>keyvalue</c>, <c>equals</c>, <c>sysctl</c>, <c>pam</c>, …</summary>
    string Name { get; }

    /// <summary>
    /// Reads <paramref name="path"/> (and what it includes) from <paramref name="files"/>: every entry in the order
    /// the program reads them, with problems (a missing include, an unreadable file) as readable messages.
    /// </summary>
    ConfigRead Read(IHostFiles files, string path);

    /// <summary>The entry in effect for <paramref name="key"/> among <paramref name="entries"/>, or null when none sets it.</summary>
    ConfigEntry? Effective(IReadOnlyList<ConfigEntry> entries, string key);
}
