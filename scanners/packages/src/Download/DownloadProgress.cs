namespace Bulwark.Scanners.Packages.Download;

/// <summary>One report of a download in flight.</summary>
/// <param name="Ecosystem">Which export.</param>
/// <param name="Received">Bytes of the file on disk so far (including a resumed part).</param>
/// <param name="Total">The file's full size, when the server said; else null.</param>
public sealed record DownloadProgress(string Ecosystem, long Received, long? Total);
