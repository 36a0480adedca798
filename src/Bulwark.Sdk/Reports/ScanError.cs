namespace Bulwark.Sdk;

/// <summary>A file or entry that could not be scanned. The rest of the scan went on.</summary>
/// <param name="Path">The path, relative to the scan root where possible.</param>
/// <param name="Message">What went wrong, for a person.</param>
public sealed record ScanError(string Path, string Message);
