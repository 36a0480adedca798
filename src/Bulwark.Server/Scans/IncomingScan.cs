namespace Bulwark.Server.Scans;

/// <summary>A report as the server takes it in, whatever format it came in.</summary>
/// <param name="Tool">The tool that wrote it.</param>
/// <param name="Target">What it scanned, as it says.</param>
/// <param name="StartedAt">When the scan started (the upload's time when the report does not say).</param>
/// <param name="Scanners">The scanners that ran, even those that found nothing: their absent findings are fixed.</param>
/// <param name="Findings">The findings, deduplicated by fingerprint (the first of each kept).</param>
internal sealed record IncomingScan(string Tool, string? Target, DateTimeOffset StartedAt, IReadOnlyList<string> Scanners, IReadOnlyList<IncomingFinding> Findings);

/// <summary>One finding of an upload.</summary>
internal sealed record IncomingFinding(string Fingerprint, string Scanner, string RuleId, int Severity, string Title, string Message, string? Path, int Line, string? Evidence);
