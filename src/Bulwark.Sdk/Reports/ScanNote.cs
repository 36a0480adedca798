namespace Bulwark.Sdk;

/// <summary>
/// Something every reader of a report should know about how the scan was made: the vulnerability database's
/// age, a source that could only be partly read. Shown by every report format; warnings also on the terminal.
/// </summary>
/// <param name="Scanner">The scanner that says it.</param>
/// <param name="Message">What to know, for a person.</param>
/// <param name="IsWarning">True when the result may be incomplete or stale because of it.</param>
public sealed record ScanNote(string Scanner, string Message, bool IsWarning = false);
