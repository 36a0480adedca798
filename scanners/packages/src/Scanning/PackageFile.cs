using Bulwark.Sdk;

namespace Bulwark.Scanners.Packages.Scanning;

/// <summary>A package file (or a companion of one) kept until every file of the scan is in.</summary>
/// <param name="Path">The path relative to the scan root.</param>
/// <param name="Bytes">The raw content of a binary database; empty for text files, whose text is enough.</param>
/// <param name="Text">The content as text; empty for binary databases.</param>
/// <param name="Origin">The commit it came from in a history scan; null for a plain file.</param>
public sealed record PackageFile(string Path, ReadOnlyMemory<byte> Bytes, string Text, Origin? Origin);
