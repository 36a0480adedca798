using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Accounts;

/// <summary>What reading one of /etc/passwd, /etc/shadow or /etc/group gave.</summary>
/// <typeparam name="T">The entry type of the file.</typeparam>
/// <param name="Path">The file as the audited system names it.</param>
/// <param name="Entries">The well-formed lines, in file order.</param>
/// <param name="Missing">True when the file does not exist.</param>
/// <param name="Problem">Why an existing file could not be read; null when it was.</param>
/// <param name="BadLines">Evidence for each line that is not in the file's format (without the line's text, which may hold a hash).</param>
internal sealed record AccountFile<T>(string Path, IReadOnlyList<T> Entries, bool Missing, string? Problem, IReadOnlyList<Evidence> BadLines)
{
    /// <summary>True when the file was there and read.</summary>
    public bool Readable => !Missing && Problem is null;
}
