namespace Bulwark.Scanners.Packages.Download;

/// <summary>What became of one export's download.</summary>
/// <param name="Ecosystem">The ecosystem.</param>
/// <param name="Path">The complete file on disk (null when the download failed).</param>
/// <param name="Bytes">How many bytes were transferred this time (0 when unchanged).</param>
/// <param name="Status">What happened, for a person: <c>downloaded</c>, <c>resumed at 12.0 MB</c>, <c>unchanged</c>.</param>
/// <param name="Problem">Why it failed; null on success.</param>
public sealed record DownloadOutcome(string Ecosystem, string? Path, long Bytes, string Status, string? Problem)
{
    /// <summary>The server said the file on disk is still current (HTTP 304).</summary>
    public bool Unchanged => Problem is null && Status == UnchangedStatus;

    /// <summary>The status of an export the server says has not changed.</summary>
    public const string UnchangedStatus = "unchanged";
}
