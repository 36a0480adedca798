namespace Bulwark.Sdk;

/// <summary>A finding that was found but is not reported as active, and why.</summary>
/// <param name="Finding">The finding.</param>
/// <param name="Kind">How it was suppressed: <c>inline</c>, <c>ignore-file</c>, <c>config</c> or <c>baseline</c>.</param>
/// <param name="Reason">The reason the suppression gives.</param>
public sealed record SuppressedFinding(Finding Finding, string Kind, string Reason)
{
    /// <summary>Where the suppression is written (<c>.bulwarkignore:4</c>, <c>src/a.cs:12</c>).</summary>
    public string? Source { get; init; }

    /// <summary>The day the suppression stops applying, if it has one.</summary>
    public DateOnly? Expires { get; init; }
}
