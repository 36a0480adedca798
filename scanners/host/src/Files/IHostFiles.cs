namespace Bulwark.Scanners.Host.Files;

/// <summary>
/// The files of the system under audit, by absolute path as the system sees them (<c>/etc/ssh/sshd_config</c>).
/// For <c>--root DIR</c> every path is read under DIR and nothing outside it; for the live host DIR is <c>/</c>
/// and <see cref="IsLive"/> allows the live state (<c>/proc</c>, commands). Symbolic links are resolved inside the
/// root, never out of it.
/// </summary>
public interface IHostFiles
{
    /// <summary>True for the running host, whose /proc and commands tell the truth about now.</summary>
    bool IsLive { get; }

    /// <summary>What is audited, for reports: <c>/</c> or the root directory.</summary>
    string Description { get; }

    /// <summary>Facts about <paramref name="path"/> (without following a final symbolic link), or null when it does not exist.</summary>
    HostFileInfo? Stat(string path);

    /// <summary>The text of <paramref name="path"/>; a <see cref="HostFileResult"/> saying missing or unreadable otherwise.</summary>
    HostFileResult ReadText(string path);

    /// <summary>The entries of directory <paramref name="path"/> (absolute paths, sorted), empty when it does not exist.</summary>
    IReadOnlyList<string> List(string path);

    /// <summary>The absolute paths matching a glob with <c>*</c>, <c>?</c> and <c>[…]</c> in any segment (<c>/etc/sudoers.d/*</c>), sorted.</summary>
    IReadOnlyList<string> Glob(string pattern);

    /// <summary>
    /// Walks the tree under <paramref name="path"/> depth-first in name order, without crossing into other file systems
    /// when live; directories <paramref name="skipDirectory"/> names are yielded but not entered, and every directory
    /// that cannot be opened is told to <paramref name="onSkipped"/> (path, reason).
    /// </summary>
    IEnumerable<HostFileInfo> Walk(string path, Func<string, bool> skipDirectory, Action<string, string>? onSkipped = null);
}
