namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>One <c>--name[=value]</c> flag at the start of an instruction's arguments.</summary>
/// <param name="Name">The name without the dashes.</param>
/// <param name="Value">The value, unquoted; null for a bare flag such as <c>--link</c>.</param>
/// <param name="Word">Where the flag is written.</param>
internal sealed record FlagWord(string Name, string? Value, ShellWord Word);
