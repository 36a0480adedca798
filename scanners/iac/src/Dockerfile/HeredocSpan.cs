namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>A heredoc of an instruction: the <c>&lt;&lt;EOF</c> word in its first line and the body read after it.</summary>
/// <remarks>The lexer fills in the body's place as it reads the lines after the instruction.</remarks>
internal sealed class HeredocSpan(string name, bool stripTabs, bool expand, ShellWord word)
{
    /// <summary>The terminator word, unquoted.</summary>
    public string Name { get; } = name;

    /// <summary>True for <c>&lt;&lt;-EOF</c>: leading tabs are removed from the body and the terminator.</summary>
    public bool StripTabs { get; } = stripTabs;

    /// <summary>False when the word is quoted (<c>&lt;&lt;"EOF"</c>), which turns off variable expansion in the body.</summary>
    public bool Expand { get; } = expand;

    /// <summary>Where the <c>&lt;&lt;EOF</c> word is, in the instruction's text.</summary>
    public ShellWord Word { get; } = word;

    /// <summary>Offset of the body's first character in the instruction's text.</summary>
    public int BodyStart { get; set; }

    /// <summary>Offset just after the body's last character (before the line break ahead of the terminator).</summary>
    public int BodyEnd { get; set; }

    /// <summary>False when the file ended before the terminator.</summary>
    public bool Terminated { get; set; }

    /// <summary>How many lines the body has.</summary>
    public int BodyLines { get; set; }

    /// <summary>The body as the build sees it: each line ended by a line break, leading tabs removed for <c>&lt;&lt;-</c>.</summary>
    public string Body(string text) => BodyLines == 0
        ? ""
        : string.Concat(text[BodyStart..BodyEnd].Split('\n').Select(l => (StripTabs ? l.TrimStart('\t') : l) + "\n"));
}
