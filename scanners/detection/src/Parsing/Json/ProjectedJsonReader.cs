using System.Buffers;
using System.Text;
using System.Text.Json;
using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Parsing.Json;

/// <summary>
/// Reads one JSON line token by token (<see cref="Utf8JsonReader"/>) and keeps only the values of the projection's
/// names, flattened exactly as <see cref="JsonFlattener"/> does (dotted names, arrays as several values, null as null).
/// The whole line is still read and checked, so a line that is not one JSON object is refused here as there.
/// </summary>
internal static class ProjectedJsonReader
{
    private const int MaxDepth = 64;

    private static readonly EventValue True = EventValue.Shared("true");
    private static readonly EventValue False = EventValue.Shared("false");

    /// <summary>Adds the wanted fields of <paramref name="line"/> to <paramref name="fields"/>; false when the line is not a JSON object.</summary>
    public static bool TryRead(string line, JsonProjection projection, EventFields fields)
    {
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(line.Length));
        var path = ArrayPool<byte>.Shared.Rent(rented.Length + MaxDepth + 1);
        try
        {
            var length = Encoding.UTF8.GetBytes(line, rented);
            return Read(rented.AsSpan(0, length), projection, fields, path, null);
        }
        catch (JsonException)
        {
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(path);
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// As <see cref="TryRead(string, JsonProjection, EventFields)"/> for a line as UTF-8 bytes (valid, and the event's to
    /// keep: values that need no unescaping are kept as slices of it, decoded when a rule reads them).
    /// </summary>
    public static bool TryRead(ReadOnlyMemory<byte> utf8, JsonProjection projection, EventFields fields)
    {
        var path = ArrayPool<byte>.Shared.Rent(utf8.Length + MaxDepth + 1);
        try
        {
            return Read(utf8.Span, projection, fields, path, utf8);
        }
        catch (JsonException)
        {
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(path);
        }
    }

    // The path buffer holds the dotted name being read; each open container remembers how much of it names itself
    // (an array's items take the array's name, an object's members extend it with a dot).
    private static bool Read(ReadOnlySpan<byte> utf8, JsonProjection projection, EventFields fields, byte[] path, ReadOnlyMemory<byte>? kept)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        Span<int> named = stackalloc int[MaxDepth + 1];
        Span<bool> isArray = stackalloc bool[MaxDepth + 1];
        var top = 0;
        named[0] = 0;
        isArray[0] = false;
        var nameEnd = 0;
        var ordinal = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var at = named[top];
                    if (at > 0)
                    {
                        path[at++] = (byte)'.';
                    }

                    nameEnd = at + reader.CopyString(path.AsSpan(at));
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    top++;
                    named[top] = isArray[top - 1] ? named[top - 1] : nameEnd;
                    isArray[top] = reader.TokenType == JsonTokenType.StartArray;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    top--;
                    break;
                default:
                    var name = isArray[top] ? named[top] : nameEnd;
                    if (projection.Find(path.AsSpan(0, name), ordinal++) is { } field)
                    {
                        Keep(ref reader, field, fields, kept);
                    }

                    break;
            }
        }

        return true;
    }

    private static void Keep(ref Utf8JsonReader reader, ProjectedField field, EventFields fields, ReadOnlyMemory<byte>? kept)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                fields.TryAddNull(field.Name);
                break;
            case JsonTokenType.True:
                fields.Append(field.Name, True);
                break;
            case JsonTokenType.False:
                fields.Append(field.Name, False);
                break;
            default:
                // A string and a number written alike ("1" and 1) give the same text, so they may share a value. Strings
                // are looked up by their bytes as escaped in the line: the same bytes always unescape the same way.
                var bytes = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
                if (field.Recent.Find(bytes) is not { } value)
                {
                    value = field.Recent.Keeps(bytes.Length) ? field.Recent.Add(bytes, Text(ref reader, bytes)) : Own(ref reader, bytes, kept);
                }

                fields.Append(field.Name, value);
                break;
        }
    }

    // Numbers as written, as the whole-line reader keeps them.
    private static string Text(ref Utf8JsonReader reader, ReadOnlySpan<byte> bytes) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString() ?? "" : Encoding.UTF8.GetString(bytes);

    // A value as it stands in a line the event keeps is a slice of it, decoded if ever needed; one with escapes is unescaped now.
    private static EventValue Own(ref Utf8JsonReader reader, ReadOnlySpan<byte> bytes, ReadOnlyMemory<byte>? kept)
    {
        if (kept is not { } line || bytes.Length == 0 || reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return EventValue.Of(Text(ref reader, bytes));
        }

        // A string's value starts after its opening quote; a number's where its token does.
        var start = (int)reader.TokenStartIndex + (reader.TokenType == JsonTokenType.String ? 1 : 0);
        return EventValue.Of(line.Slice(start, bytes.Length));
    }
}
