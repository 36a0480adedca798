namespace Bulwark.Sdk;

/// <summary>Where a report goes: a stream, and whether a person is reading it live on a terminal.</summary>
/// <param name="Stream">The stream to write to; the caller owns and closes it.</param>
/// <param name="IsTerminal">True when the stream is an interactive terminal (colours and widths apply).</param>
public sealed record ReportTarget(Stream Stream, bool IsTerminal);
