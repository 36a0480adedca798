namespace Bulwark.Sdk;

/// <summary>One log event a detection is made of: where it is, when it happened, and its fields.</summary>
/// <param name="File">The log file (or <c>-</c> for standard input).</param>
/// <param name="Line">Its first line in the file.</param>
/// <param name="Time">When it happened (ISO 8601), when the log says.</param>
/// <param name="Fields">Its fields by name, as printable text (several values joined with commas).</param>
public sealed record DetectedEvent(string File, long Line, string? Time, IReadOnlyDictionary<string, string> Fields);
