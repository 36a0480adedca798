namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>What a build argument's name stands for when FROM is read.</summary>
/// <param name="State">Whether the value is known.</param>
/// <param name="Value">The value when known, else empty.</param>
/// <param name="Note">Where a known value comes from, or why the value is not known.</param>
internal readonly record struct ArgLookup(ArgState State, string Value, string Note);

/// <summary>How much is known about a build argument.</summary>
internal enum ArgState
{
    /// <summary>Declared with a default that is known.</summary>
    Known,

    /// <summary>Declared without a default (or with one that depends on unknowns): given at build time, if at all.</summary>
    Unset,

    /// <summary>One of the platform arguments the builder sets (<c>BUILDPLATFORM</c>, <c>TARGETARCH</c>…).</summary>
    Builtin,

    /// <summary>Not declared before the first FROM; Docker expands it to nothing.</summary>
    Undeclared,
}
