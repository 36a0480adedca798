using System.Globalization;
using System.Text;
using System.Text.Json;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Terraform.Functions;

/// <summary>JSON and base64 encodings.</summary>
internal static class EncodingFunctions
{
    public static void Register(Dictionary<string, TerraformFunction> table)
    {
        // With unknown parts the text cannot be known, but its structure can: rules walk JSON text as the
        // object it encodes anyway, so the object itself (unknown leaves and all) stands in for the text.
        table["jsonencode"] = new(1, 1, (a, r) => a[0] is IacUnknown
            ? Values.UnknownFrom("jsonencode() of an unknown value", r, a[0])
            : Values.ContainsUnknown(a[0]) ? a[0] : Values.Text(Encode(a[0]), r), AcceptsUnknown: true);
        table["jsondecode"] = new(1, 1, (a, r) => Decode(Arguments.Text(a[0]), r));
        table["base64encode"] = new(1, 1, (a, r) => Values.Text(Convert.ToBase64String(Encoding.UTF8.GetBytes(Arguments.Text(a[0]))), r));
        table["base64decode"] = new(1, 1, (a, r) =>
        {
            try
            {
                return Values.Text(Encoding.UTF8.GetString(Convert.FromBase64String(Arguments.Text(a[0]))), r);
            }
            catch (FormatException)
            {
                throw new FunctionError("not base64");
            }
        });
    }

    /// <summary>The value as compact JSON, keys in the order Terraform writes them (sorted).</summary>
    public static string Encode(IacValue value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, IacValue value)
    {
        switch (value)
        {
            case IacString s:
                writer.WriteStringValue(s.Value);
                break;
            case IacNumber n:
                writer.WriteRawValue(n.Value.ToString("R", CultureInfo.InvariantCulture));
                break;
            case IacBool b:
                writer.WriteBooleanValue(b.Value);
                break;
            case IacList list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case IacObject obj:
                writer.WriteStartObject();
                foreach (var member in obj.Members.OrderBy(m => m.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(member.Key);
                    Write(writer, member.Value);
                }

                writer.WriteEndObject();
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    /// <summary>JSON text as a value, every part placed at <paramref name="range"/>.</summary>
    public static IacValue Decode(string json, SourceRange range)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement, range);
        }
        catch (JsonException error)
        {
            throw new FunctionError("not JSON: " + error.Message);
        }
    }

    private static IacValue Read(JsonElement element, SourceRange range) => element.ValueKind switch
    {
        JsonValueKind.String => Values.Text(element.GetString()!, range),
        JsonValueKind.Number => Values.Number(element.GetDouble(), range),
        JsonValueKind.True => Values.Bool(true, range),
        JsonValueKind.False => Values.Bool(false, range),
        JsonValueKind.Array => Values.List(element.EnumerateArray().Select(e => Read(e, range)).ToList(), range),
        JsonValueKind.Object => Values.Object(element.EnumerateObject().Select(p => (p.Name, Read(p.Value, range))), range),
        _ => new IacNull { Range = range },
    };
}
