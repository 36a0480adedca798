namespace Bulwark.Scanners.Packages.Extractors.Go;

/// <summary>The parts of a go.mod file that name dependencies.</summary>
internal sealed class GoModFile
{
    /// <summary>The module's own path from the <c>module</c> directive, or null when missing.</summary>
    public string? Module { get; set; }

    /// <summary>The <c>require</c> entries in file order.</summary>
    public List<GoRequirement> Requirements { get; } = [];

    /// <summary>The <c>replace</c> entries in file order.</summary>
    public List<GoReplacement> Replacements { get; } = [];

    /// <summary>
    /// The replacement that applies to <paramref name="requirement"/>: one naming its exact version wins over
    /// one for every version (as the go command decides), and a later entry over an earlier one.
    /// </summary>
    public GoReplacement? ReplacementFor(GoRequirement requirement) =>
        Replacements.LastOrDefault(r => r.OldPath == requirement.Path && r.OldVersion == requirement.Version)
        ?? Replacements.LastOrDefault(r => r.OldPath == requirement.Path && r.OldVersion is null);
}
