using System.Text;

namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>
/// Expands <c>$NAME</c>, <c>${NAME}</c>, <c>${NAME:-word}</c>, <c>${NAME-word}</c>, <c>${NAME:+word}</c> and
/// <c>${NAME+word}</c> in a word, with Docker's quoting: single quotes are literal, the escape character makes the
/// next character literal. Anything that cannot be known (an ARG without default, a builder-set platform argument,
/// a modifier this reader does not evaluate) becomes <see cref="Expansion.Unknown"/> rather than a guess.
/// See https://docs.docker.com/reference/dockerfile/#environment-replacement.
/// </summary>
internal static class ArgExpansion
{
    // Deeper nesting than any real FROM line uses is treated as unknown rather than recursed into.
    private const int MaxDepth = 16;

    /// <summary>Expands <paramref name="raw"/>, looking names up with <paramref name="lookup"/>.</summary>
    public static Expansion Expand(string raw, Func<string, ArgLookup> lookup, char escape) => Expand(raw, lookup, escape, 0);

    private static Expansion Expand(string raw, Func<string, ArgLookup> lookup, char escape, int depth)
    {
        var text = new StringBuilder();
        var reasons = new List<ExpansionNote>();
        var origins = new List<ExpansionNote>();
        var quote = '\0';
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == escape && quote != '\'' && i + 1 < raw.Length)
            {
                text.Append(raw[++i]);
            }
            else if (c is '\'' or '"' && (quote == '\0' || quote == c))
            {
                quote = quote == c ? '\0' : c;
            }
            else if (c == '$' && quote != '\'' && Reference(raw, i) is { } reference)
            {
                Substitute(reference, lookup, escape, depth, text, reasons, origins);
                i = reference.End - 1;
            }
            else
            {
                text.Append(c);
            }
        }

        return new Expansion(text.ToString(), reasons, origins);
    }

    private static void Substitute(VariableReference reference, Func<string, ArgLookup> lookup, char escape, int depth, StringBuilder text, List<ExpansionNote> reasons, List<ExpansionNote> origins)
    {
        var arg = lookup(reference.Name);
        var set = arg.State == ArgState.Known && arg.Value.Length > 0;
        var use = (reference.Operator, arg.State) switch
        {
            ("?", _) => Use.NotEvaluated,
            _ when depth >= MaxDepth => Use.NotEvaluated,
            (_, ArgState.Builtin) => Use.Unknown,
            ("", ArgState.Known) or ("-", ArgState.Known) => Use.Value,
            ("", _) => Use.Unknown,
            (":-", _) => set ? Use.Value : Use.Word,
            ("-", _) => Use.Word,
            (_, ArgState.Unset) => Use.Unknown,
            (":+", _) => set ? Use.Word : Use.Nothing,
            _ => arg.State == ArgState.Known ? Use.Word : Use.Nothing,
        };

        var start = text.Length;
        switch (use)
        {
            case Use.Value:
                text.Append(arg.Value);
                origins.Add(new ExpansionNote(start, text.Length, arg.Note));
                break;
            case Use.Word:
                var word = Expand(reference.Word, lookup, escape, depth + 1);
                var kind = reference.Operator.EndsWith('-') ? "the fallback" : "the alternative";
                text.Append(word.Text);
                reasons.AddRange(word.Reasons.Select(n => n.Shift(start)));
                origins.AddRange(word.Origins.Select(n => n.Shift(start)));
                origins.Add(new ExpansionNote(start, text.Length, $"{kind} in {reference.Text}"));
                break;
            case Use.Unknown or Use.NotEvaluated:
                text.Append(Expansion.Unknown);
                reasons.Add(new ExpansionNote(start, start + 1, use == Use.Unknown ? arg.Note : $"{reference.Text} is not evaluated"));
                break;
        }
    }

    private static VariableReference? Reference(string raw, int dollar)
    {
        var i = dollar + 1;
        if (i < raw.Length && raw[i] != '{')
        {
            var end = NameEnd(raw, i);
            return end == i ? null : new VariableReference(raw[i..end], "", "", raw[dollar..end], end);
        }

        var close = ClosingBrace(raw, i);
        if (close < 0)
        {
            return null;
        }

        var nameEnd = NameEnd(raw, i + 1);
        var rest = raw[nameEnd..close];
        var op = rest.StartsWith(":-", StringComparison.Ordinal) || rest.StartsWith(":+", StringComparison.Ordinal) ? rest[..2]
            : rest.StartsWith('-') || rest.StartsWith('+') ? rest[..1]
            : rest.Length == 0 ? "" : "?";
        var word = op == "?" ? "" : rest[op.Length..];
        return new VariableReference(raw[(i + 1)..nameEnd], op, word, raw[dollar..(close + 1)], close + 1);
    }

    private static int NameEnd(string raw, int i)
    {
        var start = i;
        while (i < raw.Length && (raw[i] == '_' || char.IsAsciiLetter(raw[i]) || (i > start && char.IsAsciiDigit(raw[i]))))
        {
            i++;
        }

        return i;
    }

    private static int ClosingBrace(string raw, int open)
    {
        if (open >= raw.Length)
        {
            return -1;
        }

        var depth = 0;
        for (var i = open; i < raw.Length; i++)
        {
            depth += raw[i] == '{' ? 1 : raw[i] == '}' ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private enum Use
    {
        Value,
        Word,
        Nothing,
        Unknown,
        NotEvaluated,
    }

    private sealed record VariableReference(string Name, string Operator, string Word, string Text, int End);
}
