namespace Bulwark.Scanners.Packages.Extractors.JavaScript;

/// <summary>The pnpm-lock.yaml layouts, which differ in how package keys are written and where the graph is.</summary>
internal enum PnpmDialect
{
    /// <summary>lockfileVersion 5.x: keys <c>/name/1.2.3_peer@1.0.0</c>, dependency refs are versions, <c>dev</c> flags on packages.</summary>
    V5,

    /// <summary>lockfileVersion 6.x: keys <c>/name@1.2.3(peer@1.0.0)</c>, importers list <c>specifier</c> and <c>version</c>, <c>dev</c> flags on packages.</summary>
    V6,

    /// <summary>lockfileVersion 9.x: keys <c>name@1.2.3</c> in <c>packages</c>, the graph in <c>snapshots</c> keyed with peer suffixes, no <c>dev</c> flags.</summary>
    V9,
}
