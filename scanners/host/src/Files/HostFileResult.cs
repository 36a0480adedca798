namespace Bulwark.Scanners.Host.Files;

/// <summary>A read of one file: its text, or why there is none.</summary>
/// <param name="Text">The content; null when missing or unreadable.</param>
/// <param name="Missing">True when the file does not exist.</param>
/// <param name="Problem">Why an existing file could not be read (permission denied, not a regular file); null otherwise.</param>
public sealed record HostFileResult(string? Text, bool Missing, string? Problem)
{
    /// <summary>A file that was read.</summary>
    public static HostFileResult Of(string text) => new(text, false, null);

    /// <summary>A file that does not exist.</summary>
    public static HostFileResult NotThere { get; } = new(null, true, null);

    /// <summary>A file that exists but could not be read.</summary>
    public static HostFileResult Unreadable(string problem) => new(null, false, problem);
}
