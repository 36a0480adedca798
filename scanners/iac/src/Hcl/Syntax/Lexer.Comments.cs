namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>Comments: recorded for suppressions, never emitted as tokens.</summary>
internal sealed partial class Lexer
{
    private bool LineComment(int markerLength, CommentStyle style)
    {
        int line = _line, column = Column;
        var textStart = _pos + markerLength;
        var newline = _src.AsSpan(textStart).IndexOf('\n');
        var end = newline < 0 ? _src.Length : textStart + newline;
        if (newline >= 0 && end > textStart && _src[end - 1] == '\r')
        {
            end--;
        }

        // The newline is not part of the comment: it still ends the attribute before it.
        _pos = end;
        _comments.Add(new Comment(_src.Substring(textStart, end - textStart), style, new(line, column, _line, Column)));
        return true;
    }

    private bool BlockComment()
    {
        int start = _pos, line = _line, column = Column;
        var close = _src.IndexOf("*/", start + 2, StringComparison.Ordinal);
        var textEnd = close < 0 ? _src.Length : close;
        var end = close < 0 ? _src.Length : close + 2;
        if (close < 0)
        {
            _diagnostics.Add(new Diagnostic(new(line, column, line, column + 2), "Unterminated comment: this '/*' has no matching '*/'"));
        }

        // An inline comment counts as a space even when it spans lines, so its newlines produce no tokens.
        var p = start;
        while (true)
        {
            var newline = _src.AsSpan(p, end - p).IndexOf('\n');
            if (newline < 0)
            {
                break;
            }

            p += newline + 1;
            _pos = p;
            NewLine();
        }

        _pos = end;
        _comments.Add(new Comment(_src.Substring(start + 2, textEnd - start - 2), CommentStyle.Block, new(line, column, _line, Column)));
        return true;
    }
}
