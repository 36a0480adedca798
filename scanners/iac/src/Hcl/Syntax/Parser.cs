using System.Runtime.CompilerServices;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>
/// A recursive-descent parser over the lexer's tokens. Newlines are significant in bodies and object
/// constructors and ignored inside brackets, parentheses and template sequences, so the parser keeps a
/// current newline mode. Errors become diagnostics; each construct recovers so one error hides no others.
/// </summary>
internal sealed partial class Parser
{
    // Deep nesting only comes from broken or hostile input; the limits keep recursion far from stack overflow.
    private const int MaxNesting = 150;
    private const int MaxChain = 1000;

    private readonly string _src;
    private readonly List<Token> _tokens;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly NameTable _names = new();
    private readonly bool _closeBlocksByIndentation;
    private int _i;
    private bool _newlines = true;
    private int _nesting;
    private bool _reportedNesting;
    private Token _last;

    public Parser(string src, List<Token> tokens, bool closeBlocksByIndentation)
    {
        _src = src;
        _tokens = tokens;
        _closeBlocksByIndentation = closeBlocksByIndentation;
    }

    /// <summary>The problems found so far.</summary>
    public List<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>True when a block was still open at the end of the file (the caller may retry with a heuristic).</summary>
    public bool HitUnclosedBlockAtEnd { get; private set; }

    private static SourceRange Span(SourceRange first, SourceRange last) =>
        new(first.StartLine, first.StartColumn, last.EndLine, last.EndColumn);

    private Token Peek()
    {
        if (!_newlines)
        {
            while (_tokens[_i].Kind == TokenKind.Newline)
            {
                _i++;
            }
        }

        return _tokens[_i];
    }

    private TokenKind PeekKind() => Peek().Kind;

    /// <summary>The token <paramref name="ahead"/> places after the next one, skipping newlines when they are ignored.</summary>
    private Token PeekAhead(int ahead)
    {
        Peek();
        var j = _i;
        for (var n = 0; n < ahead && _tokens[j].Kind != TokenKind.EndOfFile; n++)
        {
            j++;
            while (!_newlines && _tokens[j].Kind == TokenKind.Newline)
            {
                j++;
            }
        }

        return _tokens[j];
    }

    private Token Next()
    {
        var token = Peek();
        if (token.Kind != TokenKind.EndOfFile)
        {
            _i++;
        }

        // Ranges end at the last real token; a consumed newline separator is not part of any node.
        if (token.Kind != TokenKind.Newline)
        {
            _last = token;
        }

        return token;
    }

    private void SkipNewlines()
    {
        while (_tokens[_i].Kind == TokenKind.Newline)
        {
            _i++;
        }
    }

    /// <summary>Steps back over newlines a lookahead skipped, so a construct that gives up leaves them for the body.</summary>
    private void UnskipNewlines()
    {
        while (_i > 0 && _tokens[_i - 1].Kind == TokenKind.Newline && _tokens[_i - 1].Start >= _last.End)
        {
            _i--;
        }
    }

    /// <summary>Sets whether newlines are tokens (true) or ignored (false); returns the previous mode to restore.</summary>
    private bool SetNewlines(bool significant)
    {
        var previous = _newlines;
        _newlines = significant;
        return previous;
    }

    private string Text(in Token token) => _src.Substring(token.Start, token.Length);

    private string Name(in Token token) => _names.Get(_src.AsSpan(token.Start, token.Length));

    private bool IsKeyword(in Token token, string keyword) =>
        token.Kind == TokenKind.Identifier && _src.AsSpan(token.Start, token.Length).SequenceEqual(keyword);

    private void Error(SourceRange range, string message) => _diagnostics.Add(new Diagnostic(range, message));

    private void Unexpected(in Token token, string expected)
    {
        if (token.Kind == TokenKind.Invalid)
        {
            Error(token.Range, InvalidCharacterMessage(token));
            return;
        }

        Error(token.Kind == TokenKind.EndOfFile ? token.StartRange : token.Range, $"Expected {expected}, but found {Describe(token)}");
    }

    private string InvalidCharacterMessage(in Token token)
    {
        var text = Text(token);
        return text switch
        {
            "<<" => "Invalid heredoc: '<<' must be followed by a marker name and a newline, as in <<EOT or <<-EOT",
            "&" => "Invalid character '&'; the logical AND operator is '&&'",
            "|" => "Invalid character '|'; the logical OR operator is '||'",
            _ => $"Invalid character '{text}'",
        };
    }

    private string Describe(in Token token) => token.Kind switch
    {
        TokenKind.EndOfFile => "the end of the file",
        TokenKind.Newline => "a newline",
        TokenKind.Identifier => $"'{Text(token)}'",
        TokenKind.Number => $"the number {Text(token)}",
        TokenKind.OpenQuote => "a string",
        TokenKind.CloseQuote => "the end of a string",
        TokenKind.OpenHeredoc => "a heredoc",
        TokenKind.CloseHeredoc => "the end of a heredoc",
        TokenKind.QuotedLiteral or TokenKind.HeredocLiteral => "template text",
        TokenKind.TemplateSeqEnd => "the '}' ending a template sequence",
        TokenKind.Invalid => $"the invalid character '{Text(token)}'",
        _ => $"'{Text(token)}'",
    };

    /// <summary>Counts one level of nesting; false (with a diagnostic) when input nests absurdly deep.</summary>
    private bool Enter(in Token at)
    {
        // The stack check also covers callers on threads with small stacks.
        if (_nesting >= MaxNesting || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            if (!_reportedNesting)
            {
                _reportedNesting = true;
                Error(at.Range, $"The configuration nests more than {MaxNesting} levels deep here; the rest of this construct is skipped");
            }

            _nesting++;
            return false;
        }

        _nesting++;
        return true;
    }

    private void Leave() => _nesting--;
}
