namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>What <see cref="DockerfileLexer"/> found in a file.</summary>
/// <param name="Lines">The physical lines, without line breaks (a byte-order mark and carriage returns removed).</param>
/// <param name="Directives">The parser directives.</param>
/// <param name="Escape">The escape character.</param>
/// <param name="Instructions">The instructions in order.</param>
/// <param name="TrailingComments">Comment lines after the last instruction.</param>
internal sealed record LexedDockerfile(
    IReadOnlyList<string> Lines,
    IReadOnlyList<ParserDirective> Directives,
    char Escape,
    IReadOnlyList<RawInstruction> Instructions,
    IReadOnlyList<DockerComment> TrailingComments);
