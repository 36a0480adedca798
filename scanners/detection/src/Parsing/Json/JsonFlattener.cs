using System.Text.Json;

namespace Bulwark.Scanners.Detection.Parsing.Json;

/// <summary>
/// Turns a JSON object into fields: nested objects by dotted names (<c>{"a":{"b":1}}</c> → <c>a.b</c>), arrays as
/// several values of one name (an array of objects gives each inner name all its elements' values), null as a
/// null field, numbers as written, booleans as <c>true</c>/<c>false</c>.
/// </summary>
internal static class JsonFlattener
{
    public static void Flatten(JsonElement element, string name, EventFields fields, JsonFieldMapping mapping)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Flatten(property.Value, name.Length == 0 ? property.Name : name + "." + property.Name, fields, mapping);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Flatten(item, name, fields, mapping);
                }

                break;
            case JsonValueKind.Null:
                fields.TryAddNull(mapping.Rename(name));
                break;
            default:
                fields.Append(mapping.Rename(name), JsonLine.Text(element));
                break;
        }
    }
}
