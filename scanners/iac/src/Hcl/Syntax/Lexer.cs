namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>
/// Turns HCL text into tokens in a single pass, without regular expressions or per-character allocation.
/// HCL's lexical grammar depends on context (a <c>"</c> starts a template, a <c>}</c> may end an interpolation
/// rather than an object), so the lexer keeps a stack of frames: braces, template sequences, quoted strings
/// and heredocs. Comments are collected on the side; newlines are tokens because they end attributes.
/// </summary>
internal sealed partial class Lexer
{
    // A heredoc without its closing marker would swallow the rest of the file; the lexer rewinds and reads
    // those lines as configuration instead. Capping rewinds keeps pathological input linear.
    private const int MaxRewinds = 8;

    private readonly string _src;
    private readonly List<Token> _tokens;
    private readonly List<Diagnostic> _diagnostics;
    private readonly List<Comment> _comments;
    private Frame[] _frames = new Frame[16];
    private int _depth;
    private int _pos;
    private int _line;
    private int _lineStart;
    private bool _atLineStart;
    private int _rewindsLeft = MaxRewinds;

    private Lexer(string src, int line, int column, List<Diagnostic> diagnostics, List<Comment> comments)
    {
        _src = src;
        _line = line;
        _lineStart = 1 - column;
        _diagnostics = diagnostics;
        _comments = comments;
        // About one token per four characters in real Terraform; presizing avoids copying a large list as it grows.
        _tokens = new List<Token>(Math.Max(16, src.Length / 4));

        // A byte order mark is not HCL, but Windows editors write one; it is invisible, so columns ignore it.
        if (src.Length > 0 && src[0] == '\uFEFF')
        {
            _pos = 1;
            _lineStart++;
        }
    }

    private enum FrameKind : byte
    {
        Brace,
        TemplateSeq,
        Quoted,
        Heredoc,
        Standalone,
    }

    private int Column => _pos - _lineStart + 1;

    private ref Frame Top => ref _frames[_depth - 1];

    /// <summary>
    /// Tokenizes <paramref name="src"/>, ending with an <see cref="TokenKind.EndOfFile"/> token. Every opened
    /// quote, heredoc and template sequence gets a closing token, invented (zero width) where the text lacks one.
    /// </summary>
    /// <param name="src">The text.</param>
    /// <param name="template">True to read the text as a bare template (as in a JSON string) rather than a body.</param>
    /// <param name="line">The line number of the first character.</param>
    /// <param name="column">The column number of the first character.</param>
    /// <param name="diagnostics">Receives lexical problems.</param>
    /// <param name="comments">Receives the comments.</param>
    public static List<Token> Tokenize(string src, bool template, int line, int column, List<Diagnostic> diagnostics, List<Comment> comments)
    {
        var lexer = new Lexer(src, line, column, diagnostics, comments);
        if (template)
        {
            lexer.Push(new Frame { Kind = FrameKind.Standalone });
        }

        lexer.Run();
        return lexer._tokens;
    }

    private void Run()
    {
        while (true)
        {
            var kind = _depth == 0 ? FrameKind.Brace : Top.Kind;
            var more = kind switch
            {
                FrameKind.Quoted => LexQuoted(),
                FrameKind.Heredoc or FrameKind.Standalone => LexHeredoc(),
                _ => LexNormal(),
            };
            if (!more)
            {
                return;
            }
        }
    }

    private char At(int index) => index < _src.Length ? _src[index] : '\0';

    private void Push(Frame frame)
    {
        if (_depth == _frames.Length)
        {
            Array.Resize(ref _frames, _depth * 2);
        }

        _frames[_depth++] = frame;
    }

    private void Emit(TokenKind kind, int start, int line, int column) =>
        _tokens.Add(new Token(kind, start, _pos, line, column));

    private void EmitEmpty(TokenKind kind) => Emit(kind, _pos, _line, Column);

    /// <summary>Records that <see cref="_pos"/> has just moved past a <c>\n</c>.</summary>
    private void NewLine()
    {
        _line++;
        _lineStart = _pos;
    }

    /// <summary>
    /// The end of the text: rewinds into an unterminated heredoc if allowed, otherwise closes whatever is
    /// still open (reporting the innermost) and emits the end token.
    /// </summary>
    private bool AtEnd()
    {
        for (var i = 0; i < _depth; i++)
        {
            if (_frames[i].Kind == FrameKind.Heredoc && _rewindsLeft > 0)
            {
                RewindHeredoc(i);
                return true;
            }
        }

        var reported = false;
        for (var i = _depth - 1; i >= 0; i--)
        {
            var frame = _frames[i];
            TokenKind closer;
            string message;
            switch (frame.Kind)
            {
                case FrameKind.Quoted:
                    closer = TokenKind.CloseQuote;
                    message = "Unterminated string: the closing '\"' is missing";
                    break;
                case FrameKind.Heredoc:
                    closer = TokenKind.CloseHeredoc;
                    message = $"Unterminated heredoc: no line holds only the closing marker \"{Marker(frame)}\"";
                    break;
                case FrameKind.TemplateSeq:
                    closer = TokenKind.TemplateSeqEnd;
                    message = "Unclosed template sequence: this '${' or '%{' has no matching '}'";
                    break;
                default:
                    continue;
            }

            if (!reported)
            {
                _diagnostics.Add(new Diagnostic(_tokens[frame.OpenToken].Range, message));
                reported = true;
            }

            EmitEmpty(closer);
        }

        _depth = 0;
        EmitEmpty(TokenKind.EndOfFile);
        return false;
    }

    private void RewindHeredoc(int index)
    {
        var frame = _frames[index];
        _tokens.RemoveRange(frame.OpenToken + 1, _tokens.Count - frame.OpenToken - 1);
        _comments.RemoveRange(frame.CommentCount, _comments.Count - frame.CommentCount);
        _diagnostics.RemoveRange(frame.DiagnosticCount, _diagnostics.Count - frame.DiagnosticCount);
        _diagnostics.Add(new Diagnostic(
            _tokens[frame.OpenToken].Range,
            $"Unterminated heredoc: no line holds only the closing marker \"{Marker(frame)}\"; the lines after it are read as configuration"));

        _pos = frame.ResumePos;
        _line = frame.ResumeLine;
        _lineStart = frame.ResumeLineStart;
        _depth = index;
        _atLineStart = false;
        _rewindsLeft--;
        EmitEmpty(TokenKind.CloseHeredoc);
    }

    private string Marker(in Frame frame) => _src.Substring(frame.MarkerStart, frame.MarkerLength);

    /// <summary>One level of lexical context, with what a heredoc needs to close or rewind.</summary>
    private struct Frame
    {
        public FrameKind Kind;
        public int OpenToken;
        public int MarkerStart;
        public int MarkerLength;
        public int ResumePos;
        public int ResumeLine;
        public int ResumeLineStart;
        public int CommentCount;
        public int DiagnosticCount;
    }
}
