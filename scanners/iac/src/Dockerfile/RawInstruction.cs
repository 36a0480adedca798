using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>
/// One instruction as the lexer found it: its continued lines joined (escape characters, comment lines and blank
/// lines dropped, as Docker does) into a header, followed by its heredoc bodies, all mapped back to the file.
/// </summary>
internal sealed class RawInstruction
{
    /// <summary>The header, then for each heredoc a line break, its body lines and its terminator line.</summary>
    public required MappedText Text { get; init; }

    /// <summary>Where the header ends in <see cref="Text"/>.</summary>
    public required int HeaderEnd { get; init; }

    /// <summary>The keyword as written.</summary>
    public required ShellWord Keyword { get; init; }

    /// <summary>Where the arguments start: after the keyword and the blanks that follow it.</summary>
    public required int ArgumentsStart { get; init; }

    /// <summary>The heredocs, in the order their bodies follow.</summary>
    public List<HeredocSpan> Heredocs { get; } = [];

    /// <summary>Comment lines between the previous instruction (or the directives) and this one.</summary>
    public List<DockerComment> Comments { get; set; } = [];

    /// <summary>Comment lines inside the continuation, each with the line of the instruction that follows it.</summary>
    public List<(DockerComment Comment, int NextLine)> InnerComments { get; } = [];

    /// <summary>The line the instruction starts on.</summary>
    public int StartLine => Range.StartLine;

    /// <summary>The whole instruction, keyword through the last heredoc terminator.</summary>
    public SourceRange Range => Text.TrimmedRange(Keyword.Start, Text.Length);

    /// <summary>The header text (no heredoc bodies).</summary>
    public string Header => Text.Text[..HeaderEnd];
}
