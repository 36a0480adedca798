using System.Text;
using System.Text.Json;

namespace Bulwark.Scanners.Packages.Formats.Json;

/// <summary>
/// Parses JSON into a <see cref="LocatedJson"/> tree with a line and column on every value and key.
/// <see cref="Utf8JsonReader"/> does the parsing and gives byte offsets, which become positions here. Comments
/// and trailing commas are tolerated (the tools that write lockfiles and SBOMs do not emit them; people who edit
/// them by hand do). When the JSON breaks, the error says where, and everything read before that point is kept,
/// so a caller can still use the entries that came first.
/// </summary>
internal static class LocatedJsonParser
{
    private static readonly JsonReaderOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 1024,
    };

    /// <summary>
    /// The root value of <paramref name="text"/>: complete when <paramref name="error"/> is null, else what was
    /// read before the error (null when not even the first value opened). A null root always comes with an error.
    /// </summary>
    public static LocatedJson? Parse(string text, out JsonSyntaxError? error) =>
        Parse(Encoding.UTF8.GetBytes(text.TrimStart('\uFEFF')), out error);

    /// <summary>The root value of the UTF-8 <paramref name="utf8"/>; see <see cref="Parse(string, out JsonSyntaxError?)"/>.</summary>
    public static LocatedJson? Parse(ReadOnlySpan<byte> utf8, out JsonSyntaxError? error)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var lineStarts = LineStarts(utf8);
        var reader = new Utf8JsonReader(utf8, Options);
        var open = new Stack<LocatedJson>();
        LocatedJson? root = null;
        var name = "";
        var (nameLine, nameColumn) = (0, 0);
        error = null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    open.Pop();
                    continue;
                }

                var (line, column) = Position(lineStarts, reader.TokenStartIndex);
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    name = reader.GetString()!;
                    (nameLine, nameColumn) = (line, column);
                    continue;
                }

                var value = Value(ref reader, line, column);
                if (open.TryPeek(out var parent))
                {
                    if (parent.Kind == JsonKind.Object)
                    {
                        parent.MemberList!.Add(new JsonMember(name, nameLine, nameColumn, value));
                    }
                    else
                    {
                        parent.ItemList!.Add(value);
                    }
                }
                else
                {
                    root = value;
                }

                if (value.Kind is JsonKind.Object or JsonKind.Array)
                {
                    open.Push(value);
                }
            }
        }
        catch (JsonException e)
        {
            error = new JsonSyntaxError((int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, Clean(e.Message));
        }
        catch (InvalidOperationException e)
        {
            // GetString throws this for a string with invalid UTF-8 (the reader checks escapes, not encoding).
            var (line, column) = Position(lineStarts, reader.TokenStartIndex);
            error = new JsonSyntaxError(line, column, e.Message);
        }

        if (root is null && error is null)
        {
            error = new JsonSyntaxError(1, 1, "the document is empty");
        }

        return root;
    }

    private static LocatedJson Value(ref Utf8JsonReader reader, int line, int column) => reader.TokenType switch
    {
        JsonTokenType.StartObject => new LocatedJson(JsonKind.Object, line, column) { MemberList = [] },
        JsonTokenType.StartArray => new LocatedJson(JsonKind.Array, line, column) { ItemList = [] },
        JsonTokenType.String => new LocatedJson(JsonKind.String, line, column, reader.GetString()),
        JsonTokenType.Number => new LocatedJson(JsonKind.Number, line, column, Encoding.UTF8.GetString(reader.ValueSpan)),
        JsonTokenType.True => new LocatedJson(JsonKind.Boolean, line, column, "true"),
        JsonTokenType.False => new LocatedJson(JsonKind.Boolean, line, column, "false"),
        _ => new LocatedJson(JsonKind.Null, line, column, "null"),
    };

    private static List<int> LineStarts(ReadOnlySpan<byte> utf8)
    {
        var starts = new List<int> { 0 };
        for (var i = utf8.IndexOf((byte)'\n'); i >= 0;)
        {
            starts.Add(i + 1);
            var next = utf8[(i + 1)..].IndexOf((byte)'\n');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return starts;
    }

    private static (int Line, int Column) Position(List<int> lineStarts, long offset)
    {
        var index = lineStarts.BinarySearch((int)offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, (int)offset - lineStarts[line] + 1);
    }

    // The reader appends "LineNumber: 3 | BytePositionInLine: 7." to its messages; the error carries those separately.
    private static string Clean(string message) =>
        message.IndexOf(" LineNumber:", StringComparison.Ordinal) is var at and > 0 ? message[..at].TrimEnd('.', ' ') : message;
}
