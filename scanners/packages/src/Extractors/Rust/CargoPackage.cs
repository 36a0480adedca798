namespace Bulwark.Scanners.Packages.Extractors.Rust;

/// <summary>One <c>[[package]]</c> entry of a Cargo.lock file.</summary>
/// <param name="Name">The crate name.</param>
/// <param name="Version">The exact version.</param>
/// <param name="Source">Where it comes from (<c>registry+…</c>, <c>sparse+…</c>, <c>git+…</c>); null for a workspace member or path crate.</param>
/// <param name="Dependencies">The entries of its <c>dependencies</c> array (<c>name</c>, <c>name version</c> or <c>name version (source)</c>).</param>
/// <param name="Line">The 1-based line of its <c>[[package]]</c> header.</param>
internal sealed record CargoPackage(string Name, string Version, string? Source, IReadOnlyList<string> Dependencies, int Line)
{
    // The two ways Cargo writes the crates.io index: the git index and, since Cargo 1.68, the sparse one.
    private static readonly string[] CratesIoSources =
    [
        "registry+https://github.com/rust-lang/crates.io-index",
        "sparse+https://index.crates.io/",
    ];

    /// <summary>True when it comes from crates.io (not a git repository, another registry, or the workspace).</summary>
    public bool FromCratesIo => Source is not null && CratesIoSources.Contains(Source, StringComparer.Ordinal);

    /// <summary>True for a workspace member or a path dependency: part of the project, not a published crate.</summary>
    public bool IsLocal => Source is null;

    /// <summary>
    /// True when the dependency entry <paramref name="reference"/> names this package: the name must match,
    /// and the version and source too when the entry gives them.
    /// </summary>
    public bool Matches(string reference)
    {
        var parts = reference.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 && parts[0] == Name
            && (parts.Length < 2 || parts[1] == Version)
            && (parts.Length < 3 || parts[2] == $"({Source})");
    }
}
