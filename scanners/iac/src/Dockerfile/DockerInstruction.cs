using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>An instruction with a known keyword, its flags read and its form decided.</summary>
internal sealed class DockerInstruction
{
    /// <summary>What the lexer found.</summary>
    public required RawInstruction Raw { get; init; }

    /// <summary>The keyword in upper case.</summary>
    public required string Keyword { get; init; }

    /// <summary>The leading <c>--flags</c>.</summary>
    public required IReadOnlyList<FlagWord> Flags { get; init; }

    /// <summary>Where the arguments continue after the flags.</summary>
    public required int Rest { get; init; }

    /// <summary>Where the command starts: <see cref="Rest"/>, or after <c>CMD</c> for HEALTHCHECK.</summary>
    public required int CommandStart { get; init; }

    /// <summary>The exec form, when the command is written as a JSON array.</summary>
    public required ExecFormResult Exec { get; init; }

    /// <summary>The instruction's text (header, then heredoc bodies).</summary>
    public string Text => Raw.Text.Text;

    /// <summary>Where the header ends.</summary>
    public int HeaderEnd => Raw.HeaderEnd;

    /// <summary>Where the keyword is written.</summary>
    public SourceRange KeywordRange => Raw.Text.Range(Raw.Keyword.Start, Raw.Keyword.End);

    /// <summary>Where the arguments are written; an empty range just after the keyword when there are none.</summary>
    public SourceRange ArgumentsRange => Raw.ArgumentsStart < Raw.Text.Length
        ? Raw.Text.TrimmedRange(Raw.ArgumentsStart, Raw.Text.Length)
        : Raw.Text.Range(Raw.Keyword.End, Raw.Keyword.End);

    /// <summary>The arguments, continuations joined and heredoc bodies included.</summary>
    public string Arguments => Text[Raw.ArgumentsStart..].Trim();

    /// <summary>The value of the last <c>--<paramref name="name"/></c> flag, or null.</summary>
    public FlagWord? Flag(string name) => Flags.LastOrDefault(f => f.Name == name);

    /// <summary>The range of the characters from <paramref name="start"/> up to <paramref name="end"/>.</summary>
    public SourceRange RangeOf(int start, int end) => Raw.Text.Range(start, end);
}
