using System.Globalization;
using System.Text;

namespace Bulwark.Scanners.Packages.Formats.Toml;

/// <summary>
/// A TOML reader for lockfiles and manifests (poetry.lock, uv.lock, Cargo.lock, pyproject.toml, Pipfile) that
/// keeps line numbers, which Tomlyn's model does not make easy to reach. It reads tables, arrays of tables, dotted and quoted keys, all four string
/// forms, arrays and inline tables; numbers, booleans and dates are kept as raw text. A statement that
/// does not parse is reported and skipped, and reading resumes at the next line that starts a key or header.
/// </summary>
internal sealed class TomlReader
{
    private const int MaxDepth = 64;
    private readonly string _text;
    private readonly List<int> _lineStarts = [0];
    private readonly List<TomlSyntaxError> _errors = [];
    private int _pos;

    /// <summary>The line of the last error: statements re-read from lines up to it after a resync are not reported again.</summary>
    private int _reportedUntil;

    private TomlReader(string text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>Parses <paramref name="text"/> into its root table and the statements that could not be read.</summary>
    public static (TomlNode Root, IReadOnlyList<TomlSyntaxError> Errors) Parse(string text)
    {
        var reader = new TomlReader(text.TrimStart('\uFEFF'));
        return (reader.ReadDocument(), reader._errors);
    }

    private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private bool AtEnd => _pos >= _text.Length;

    private bool At(string token) => string.CompareOrdinal(_text, _pos, token, 0, token.Length) == 0;

    private int LineAt(int pos)
    {
        var index = _lineStarts.BinarySearch(pos);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    private TomlException Error(string message) => new(_pos, message);

    private TomlNode ReadDocument()
    {
        var root = new TomlNode { Kind = TomlNodeKind.Table, Line = 1 };
        var current = root;
        while (true)
        {
            SkipBlank(newlines: true);
            if (AtEnd)
            {
                return root;
            }

            var start = _pos;
            var header = Peek() == '[';
            try
            {
                if (header)
                {
                    // Until the header is read, keys go to a table nothing holds: the keys under a broken
                    // header must not land in the table before it (a [[package]] would take another's name).
                    current = new TomlNode { Kind = TomlNodeKind.Table, Line = LineAt(start) };
                    current = ReadHeader(root, array: At("[["));
                    header = false;
                }
                else
                {
                    ReadKeyValue(current, 0);
                }

                ExpectLineEnd();
            }
            catch (TomlException error)
            {
                // An error at the very end of a file that ends with a newline belongs to the last line, not the empty one after it.
                var at = error.Position >= _text.Length && _text.EndsWith('\n') ? _text.Length - 1 : Math.Min(error.Position, _text.Length);
                var line = LineAt(at);
                var message = header ? error.Message + "; the keys under this header are not read" : error.Message;

                // After a resync, lines inside the value that broke (an unclosed multi-line string's text) are
                // read as statements; their errors are the same error, already reported.
                if (LineAt(start) > _reportedUntil)
                {
                    _errors.Add(new TomlSyntaxError(line, at - _lineStarts[line - 1] + 1, message));
                    _reportedUntil = line;
                }

                // From the statement's first line, so a header swallowed by an unclosed array is still read.
                Resync(start);
            }
        }
    }

    private TomlNode ReadHeader(TomlNode root, bool array)
    {
        // Errors about what the header defines point at the header itself.
        var start = _pos;
        var line = LineAt(_pos);
        _pos += array ? 2 : 1;
        var parts = ReadKey();
        SkipBlank(newlines: false);
        if (!At(array ? "]]" : "]"))
        {
            throw Error($"expected \"{(array ? "]]" : "]")}\" to close the table header");
        }

        _pos += array ? 2 : 1;
        var table = Descend(root, parts[..^1], line, start);
        var existing = table[parts[^1]];
        if (array)
        {
            if (existing is null)
            {
                existing = new TomlNode { Kind = TomlNodeKind.Array, Line = line };
                table.Entries.Add(new(parts[^1], existing));
            }
            else if (existing.Kind != TomlNodeKind.Array)
            {
                throw new TomlException(start, $"\"{string.Join('.', parts)}\" is already defined, and not as an array of tables");
            }

            var element = new TomlNode { Kind = TomlNodeKind.Table, Line = line };
            existing.Items.Add(element);
            return element;
        }

        if (existing is null)
        {
            existing = new TomlNode { Kind = TomlNodeKind.Table, Line = line };
            table.Entries.Add(new(parts[^1], existing));
        }

        return existing.Kind == TomlNodeKind.Table ? existing : throw new TomlException(start, $"\"{string.Join('.', parts)}\" is already defined, and not as a table");
    }

    /// <summary>The table reached by <paramref name="parts"/> from <paramref name="table"/>, created where missing; an array of tables leads into its last element.</summary>
    /// <param name="table">The table to start from.</param>
    /// <param name="parts">The keys to follow.</param>
    /// <param name="line">The line for tables created on the way.</param>
    /// <param name="at">Where an error is reported: the start of the header or key that asked.</param>
    private TomlNode Descend(TomlNode table, IEnumerable<string> parts, int line, int at)
    {
        foreach (var part in parts)
        {
            var next = table[part];
            if (next is null)
            {
                next = new TomlNode { Kind = TomlNodeKind.Table, Line = line };
                table.Entries.Add(new(part, next));
            }

            if (next.Kind == TomlNodeKind.Array && next.Items.Count > 0 && next.Items[^1].Kind == TomlNodeKind.Table)
            {
                next = next.Items[^1];
            }

            table = next.Kind == TomlNodeKind.Table ? next : throw new TomlException(at, $"\"{part}\" is already a value, so it cannot hold keys");
        }

        return table;
    }

    private void ReadKeyValue(TomlNode table, int depth)
    {
        var start = _pos;
        var line = LineAt(_pos);
        var parts = ReadKey();
        SkipBlank(newlines: false);
        if (Peek() != '=')
        {
            throw Error($"expected \"=\" after the key \"{string.Join('.', parts)}\"");
        }

        _pos++;
        SkipBlank(newlines: false);
        var value = ReadValue(line, depth);
        var target = Descend(table, parts[..^1], line, start);
        if (target[parts[^1]] is not null)
        {
            throw new TomlException(start, $"the key \"{string.Join('.', parts)}\" is defined twice; the first value is kept");
        }

        target.Entries.Add(new(parts[^1], value));
    }

    private string[] ReadKey()
    {
        var parts = new List<string>();
        while (true)
        {
            SkipBlank(newlines: false);
            var start = _pos;
            if (Peek() == '"')
            {
                parts.Add(ReadBasicString());
            }
            else if (Peek() == '\'')
            {
                parts.Add(ReadLiteralString());
            }
            else
            {
                while (char.IsAsciiLetterOrDigit(Peek()) || Peek() is '_' or '-')
                {
                    _pos++;
                }

                if (_pos == start)
                {
                    throw Error(AtEnd || Peek() is '\n' or '\r' ? "expected a key" : $"unexpected \"{Peek()}\" where a key should be");
                }

                parts.Add(_text[start.._pos]);
            }

            SkipBlank(newlines: false);
            if (Peek() != '.')
            {
                return [.. parts];
            }

            _pos++;
        }
    }

    private TomlNode ReadValue(int line, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error($"values nested more than {MaxDepth} deep");
        }

        switch (Peek())
        {
            case '"':
                return new TomlNode { Kind = TomlNodeKind.String, Line = line, Text = At("\"\"\"") ? ReadMultilineString('"') : ReadBasicString() };
            case '\'':
                return new TomlNode { Kind = TomlNodeKind.String, Line = line, Text = At("'''") ? ReadMultilineString('\'') : ReadLiteralString() };
            case '[':
                return ReadArray(line, depth);
            case '{':
                return ReadInlineTable(line, depth);
        }

        var start = _pos;
        while (!AtEnd && Peek() is not (' ' or '\t' or '\r' or '\n' or ',' or ']' or '}' or '#'))
        {
            _pos++;
        }

        // A date-time may separate its date and time with a space (1979-05-27 07:32:00Z).
        if (_pos - start == 10 && _text[start + 4] == '-' && _text[start + 7] == '-' && Peek() == ' ' && char.IsAsciiDigit(Peek(1)))
        {
            _pos++;
            while (!AtEnd && Peek() is not (' ' or '\t' or '\r' or '\n' or ',' or ']' or '}' or '#'))
            {
                _pos++;
            }
        }

        var text = _text[start.._pos];
        if (text.Length == 0)
        {
            throw Error("expected a value");
        }

        return text is "true" or "false" or "inf" or "nan" || char.IsAsciiDigit(text[0]) || text[0] is '+' or '-'
            ? new TomlNode { Kind = TomlNodeKind.Literal, Line = line, Text = text }
            : throw new TomlException(start, $"\"{text}\" is not a TOML value (a string needs quotes)");
    }

    private TomlNode ReadArray(int line, int depth)
    {
        var opened = LineAt(_pos);
        try
        {
            return ReadArrayItems(line, depth, opened);
        }
        catch (TomlException error) when (LineAt(error.Position) != opened && !error.Message.Contains(" opened on line ", StringComparison.Ordinal))
        {
            // An array left open reads on into what follows; the message should point back at it.
            throw new TomlException(error.Position, $"{error.Message} (in the array opened on line {opened})");
        }
    }

    private TomlNode ReadArrayItems(int line, int depth, int opened)
    {
        var array = new TomlNode { Kind = TomlNodeKind.Array, Line = line };
        _pos++;
        while (true)
        {
            SkipBlank(newlines: true);
            if (AtEnd)
            {
                throw Error($"the array opened on line {opened} is not closed with \"]\"");
            }

            if (Peek() == ']')
            {
                _pos++;
                return array;
            }

            array.Items.Add(ReadValue(LineAt(_pos), depth + 1));
            SkipBlank(newlines: true);
            if (Peek() == ',')
            {
                _pos++;
            }
            else if (Peek() != ']')
            {
                throw Error(AtEnd ? $"the array opened on line {opened} is not closed with \"]\"" : "expected \",\" or \"]\" after an array item");
            }
        }
    }

    private TomlNode ReadInlineTable(int line, int depth)
    {
        var opened = LineAt(_pos);
        var table = new TomlNode { Kind = TomlNodeKind.Table, Line = line };
        _pos++;
        while (true)
        {
            // TOML 1.0 keeps inline tables on one line; newer writers may not, and nothing is lost by allowing it.
            SkipBlank(newlines: true);
            if (AtEnd)
            {
                throw Error($"the inline table opened on line {opened} is not closed with \"}}\"");
            }

            if (Peek() == '}')
            {
                _pos++;
                return table;
            }

            ReadKeyValue(table, depth + 1);
            SkipBlank(newlines: true);
            if (Peek() == ',')
            {
                _pos++;
            }
            else if (Peek() != '}')
            {
                throw Error(AtEnd ? $"the inline table opened on line {opened} is not closed with \"}}\"" : "expected \",\" or \"}\" after a key and value in an inline table");
            }
        }
    }

    private string ReadBasicString()
    {
        var text = new StringBuilder();
        _pos++;
        while (true)
        {
            var c = Peek();
            if (AtEnd || c is '\n' or '\r')
            {
                throw Error("the string is not closed on its line");
            }

            _pos++;
            if (c == '"')
            {
                return text.ToString();
            }

            text.Append(c == '\\' ? ReadEscape() : c.ToString());
        }
    }

    private string ReadLiteralString()
    {
        var start = ++_pos;
        while (!AtEnd && Peek() is not ('\'' or '\n' or '\r'))
        {
            _pos++;
        }

        if (Peek() != '\'')
        {
            throw Error("the string is not closed on its line");
        }

        return _text[start.._pos++];
    }

    private string ReadMultilineString(char quote)
    {
        var opened = LineAt(_pos);
        var delimiter = new string(quote, 3);
        _pos += 3;
        if (At("\r\n"))
        {
            _pos += 2;
        }
        else if (Peek() == '\n')
        {
            _pos++;
        }

        var text = new StringBuilder();
        while (!AtEnd)
        {
            // A run of three or more quotes closes the string; up to two of them before the closing three are content.
            var run = 0;
            while (Peek(run) == quote)
            {
                run++;
            }

            if (run >= 3)
            {
                var extra = Math.Min(run - 3, 2);
                text.Append(quote, extra);
                _pos += 3 + extra;
                return text.ToString();
            }

            var c = _text[_pos++];
            if (c == '\\' && quote == '"')
            {
                var rest = _pos;
                while (rest < _text.Length && _text[rest] is ' ' or '\t')
                {
                    rest++;
                }

                if (rest < _text.Length && _text[rest] is '\n' or '\r')
                {
                    // A backslash at the end of a line joins it to the next non-blank text.
                    _pos = rest;
                    while (!AtEnd && Peek() is ' ' or '\t' or '\n' or '\r')
                    {
                        _pos++;
                    }

                    continue;
                }

                text.Append(ReadEscape());
                continue;
            }

            text.Append(c);
        }

        throw Error($"the multi-line string opened on line {opened} is not closed with {delimiter}");
    }

    private string ReadEscape()
    {
        // Called just past the backslash, which is where an error points.
        var backslash = _pos - 1;
        var c = Peek();
        _pos++;
        switch (c)
        {
            case 'b': return "\b";
            case 't': return "\t";
            case 'n': return "\n";
            case 'f': return "\f";
            case 'r': return "\r";
            case 'e': return "\u001b";
            case '"': return "\"";
            case '\\': return "\\";
            case 'u' or 'U':
                var digits = c == 'u' ? 4 : 8;
                if (_pos + digits <= _text.Length
                    && int.TryParse(_text.AsSpan(_pos, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                    && code is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
                {
                    _pos += digits;
                    return char.ConvertFromUtf32(code);
                }

                throw new TomlException(backslash, $"\\{c} must be followed by {digits} hex digits naming a Unicode scalar value");
            default:
                throw new TomlException(backslash, c is '\0' or '\n' or '\r' ? "a backslash at the end of the line is not a TOML escape" : $"\\{c} is not a TOML escape");
        }
    }

    private void SkipBlank(bool newlines)
    {
        while (!AtEnd)
        {
            var c = Peek();
            if (c is ' ' or '\t' || (newlines && c is '\n' or '\r'))
            {
                _pos++;
            }
            else if (c == '#' && newlines)
            {
                while (!AtEnd && Peek() != '\n')
                {
                    _pos++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private void ExpectLineEnd()
    {
        SkipBlank(newlines: false);
        if (Peek() == '#')
        {
            while (!AtEnd && Peek() != '\n')
            {
                _pos++;
            }
        }

        if (At("\r\n") || Peek() == '\n' || AtEnd)
        {
            return;
        }

        throw Error($"unexpected \"{Peek()}\" after the value; a new key or header starts on a new line");
    }

    /// <summary>Moves past a broken statement: to the next line that starts, unindented, with something that can begin a key or header.</summary>
    private void Resync(int from)
    {
        var line = LineAt(Math.Min(from, _text.Length));
        for (var next = line; next < _lineStarts.Count; next++)
        {
            var start = _lineStarts[next];
            if (start < _text.Length && (char.IsAsciiLetterOrDigit(_text[start]) || _text[start] is '[' or '"' or '\'' or '_' or '-'))
            {
                _pos = start;
                return;
            }
        }

        _pos = _text.Length;
    }

    /// <summary>A syntax error inside the reader; caught per statement and turned into a <see cref="TomlSyntaxError"/>.</summary>
    private sealed class TomlException(int position, string message) : Exception(message)
    {
        public int Position { get; } = position;
    }
}
