namespace Bulwark.Scanners.Host.Commands;

/// <summary>One command a check may run on a live host: the program (looked up in the system directories only) and its fixed arguments.</summary>
/// <param name="Program">The executable's file name (<c>nft</c>).</param>
/// <param name="Arguments">The arguments, passed as they are: no shell ever sees them.</param>
internal sealed record AllowedCommand(string Program, IReadOnlyList<string> Arguments);
