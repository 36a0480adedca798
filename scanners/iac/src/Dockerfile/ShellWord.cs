namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>One whitespace-separated word: its value with quotes and escapes removed, and where its raw text is.</summary>
/// <param name="Value">The word as the shell would see it.</param>
/// <param name="Start">Offset of its first raw character.</param>
/// <param name="End">Offset just after its last raw character.</param>
internal readonly record struct ShellWord(string Value, int Start, int End)
{
    /// <summary>The word as written, quotes and all.</summary>
    public string Raw(string text) => text[Start..End];
}
