namespace Bulwark.Sdk;

/// <summary>Where a finding is: a path relative to the scan root, 1-based lines and optional columns.</summary>
/// <param name="Path">The path relative to the scan root, with forward slashes.</param>
/// <param name="StartLine">The first line, 1-based; 0 when the finding concerns the whole file.</param>
/// <param name="EndLine">The last line, 1-based, at least <paramref name="StartLine"/>.</param>
public sealed record Location(string Path, int StartLine, int EndLine)
{
    /// <summary>The 1-based column where the finding starts on <see cref="StartLine"/>, when known.</summary>
    public int? StartColumn { get; init; }

    /// <summary>The 1-based column just after the finding ends on <see cref="EndLine"/>, when known.</summary>
    public int? EndColumn { get; init; }

    /// <summary>The commit, index or layer the content came from; null for a plain file.</summary>
    public Origin? Origin { get; init; }
}
