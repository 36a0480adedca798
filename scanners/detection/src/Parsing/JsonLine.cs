using System.Text.Json;

namespace Bulwark.Scanners.Detection.Parsing;

/// <summary>Parsing one line of a JSON-lines log, for the formats that read them.</summary>
internal static class JsonLine
{
    /// <summary>The line as a JSON document whose root is an object; null when it is not one (or not JSON).</summary>
    public static JsonDocument? TryParse(string text)
    {
        if (!LooksLikeObject(text))
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Whether the line could be one JSON object: braces at both ends, ignoring white space.</summary>
    public static bool LooksLikeObject(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length >= 2 && trimmed[0] == '{' && trimmed[^1] == '}';
    }

    /// <summary>As <see cref="LooksLikeObject(string)"/> for a line as UTF-8 bytes.</summary>
    public static bool LooksLikeObject(ReadOnlySpan<byte> utf8)
    {
        var trimmed = TrimWhiteSpace(utf8);
        return trimmed.Length >= 2 && trimmed[0] == '{' && trimmed[^1] == '}';
    }

    // White space as string.Trim sees it: ASCII's, and Unicode's beyond (no-break and other spaces), decoded rune by rune.
    private static ReadOnlySpan<byte> TrimWhiteSpace(ReadOnlySpan<byte> utf8)
    {
        while (utf8.Length > 0 && System.Text.Rune.DecodeFromUtf8(utf8, out var rune, out var length) == System.Buffers.OperationStatus.Done && System.Text.Rune.IsWhiteSpace(rune))
        {
            utf8 = utf8[length..];
        }

        while (utf8.Length > 0 && System.Text.Rune.DecodeLastFromUtf8(utf8, out var rune, out var length) == System.Buffers.OperationStatus.Done && System.Text.Rune.IsWhiteSpace(rune))
        {
            utf8 = utf8[..^length];
        }

        return utf8;
    }

    /// <summary>A scalar as text: strings as they are, numbers as written, <c>true</c>/<c>false</c>; others as JSON.</summary>
    public static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
