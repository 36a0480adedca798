namespace Bulwark.Scanners.Packages.Download;

/// <summary>What became of one export's download.</summary>
/// <param name="Ecosystem">The ecosystem.</param>
/// <param name="Path">The complete file on disk (null when the download failed).</param>
/// <param name="Bytes">How many bytes were transferred this time (0 when unchanged).</param>
/// <param name="Status">What happened, for a person: <c>downloaded</c>, <c>resumed at 12.0 MB</c>, <c>unchanged</c>.</param>
/// <param name="Problem">Why it failed; null on success.</param>
public sealed record DownloadOutcome(string Ecosystem, string? Path, long Bytes, string Status, string? Problem);
