using Bulwark.Scanners.Integrity.Changes;

namespace Bulwark.Scanners.Integrity.Meaning;

/// <summary>
/// Reads what a well-known file says (the accounts in passwd, the keys in authorized_keys, the packages in dpkg's
/// status) as facts the baseline keeps, and says what a difference between two sets of facts means.
/// </summary>
internal interface IFactReader
{
    /// <summary>A short id stored with the facts (<c>passwd</c>), so a baseline names which reader wrote them.</summary>
    string Id { get; }

    /// <summary>Whether this reader understands the file at <paramref name="path"/> (absolute inside the root).</summary>
    bool Wants(string path);

    /// <summary>
    /// The file's facts: one string each, sorted ordinally and without duplicates, holding nothing secret (a password
    /// hash is kept only as a digest). Lines it cannot read are skipped; a file is never rejected.
    /// </summary>
    IReadOnlyList<string> Read(ReadOnlySpan<byte> content);

    /// <summary>
    /// What changed between two fact lists of the file at <paramref name="path"/>; <paramref name="before"/> is empty for a
    /// new file and <paramref name="after"/> for a removed one.
    /// </summary>
    IEnumerable<Change> Compare(string path, IReadOnlyList<string> before, IReadOnlyList<string> after);
}
