using System.Text.Json;

namespace Bulwark.Server.Scans;

/// <summary>Reading strings out of uploaded JSON, with the place named when one that must be there is not.</summary>
internal static class JsonText
{
    public static string Required(JsonElement element, string name, string where) =>
        Optional(element, name) is { Length: > 0 } text ? text : throw new UploadProblem($"{where}.{name}: missing or not a string");

    public static string? Optional(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The items of an array; none for anything else (absent included).</summary>
    public static IEnumerable<JsonElement> Items(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray() : [];

    /// <summary>The object at <paramref name="path"/> (<c>tool</c>, <c>driver</c>), or an undefined element.</summary>
    public static JsonElement Object(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return default;
            }
        }

        return element;
    }
}
