namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>The kinds of token the lexer produces.</summary>
internal enum TokenKind : byte
{
    EndOfFile,
    Newline,
    Identifier,
    Number,

    LBrace,
    RBrace,
    LBracket,
    RBracket,
    LParen,
    RParen,
    Comma,
    Dot,
    Ellipsis,
    Colon,
    DoubleColon,
    Question,
    Equal,
    FatArrow,

    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    EqualEqual,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    And,
    Or,
    Bang,

    /// <summary>The <c>"</c> that opens a quoted template.</summary>
    OpenQuote,

    /// <summary>The <c>"</c> that closes a quoted template (zero width when the lexer had to invent it).</summary>
    CloseQuote,

    /// <summary>Raw literal text inside a quoted template; escapes are decoded by the parser.</summary>
    QuotedLiteral,

    /// <summary><c>&lt;&lt;ID</c> or <c>&lt;&lt;-ID</c>; the newline after it belongs to the heredoc.</summary>
    OpenHeredoc,

    /// <summary>The closing marker of a heredoc, without its leading spaces.</summary>
    CloseHeredoc,

    /// <summary>Raw literal text inside a heredoc or standalone template, never spanning a line end.</summary>
    HeredocLiteral,

    /// <summary><c>${</c> or <c>${~</c>.</summary>
    TemplateInterp,

    /// <summary><c>%{</c> or <c>%{~</c>.</summary>
    TemplateControl,

    /// <summary>The <c>}</c> or <c>~}</c> that ends an interpolation or directive.</summary>
    TemplateSeqEnd,

    /// <summary>A character that starts no token; the parser reports it.</summary>
    Invalid,
}
