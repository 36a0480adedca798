using Bulwark.Sdk;

namespace Bulwark.Scanners.Packages.Scanning;

/// <summary>A package file (or a companion of one) kept until every file of the scan is in.</summary>
/// <param name="Path">The path relative to the scan root.</param>
/// <param name="Bytes">The raw content of a binary database; empty for text files, whose text is enough.</param>
/// <param name="Text">The content as text; empty for binary databases.</param>
/// <param name="Origin">The commit it came from in a history scan; null for a plain file.</param>
/// <param name="ChangedLines">The lines a change added (a <c>--commits</c> or <c>--staged</c> scan); null when the whole file counts.</param>
public sealed record PackageFile(string Path, ReadOnlyMemory<byte> Bytes, string Text, Origin? Origin, IReadOnlyList<LineRange>? ChangedLines = null)
{
    /// <summary>Whether a package declared at <paramref name="line"/> is part of what the scan looks at.</summary>
    public bool Covers(int line) => ChangedLines is null || ChangedLines.Any(r => r.Overlaps(line, line));
}
