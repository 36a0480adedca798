using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Bulwark.Server.Oidc;

/// <summary>
/// A JWS in compact form (RFC 7515 §7.1) taken apart: its header and claims as JSON, what was signed and the signature.
/// Nothing here is trusted until <see cref="JsonWebKeySet"/> has checked the signature.
/// </summary>
internal sealed class JsonWebToken
{
    private JsonWebToken(JsonElement header, JsonElement claims, byte[] signed, byte[] signature)
    {
        Header = header;
        Claims = claims;
        Signed = signed;
        Signature = signature;
    }

    public JsonElement Header { get; }

    public JsonElement Claims { get; }

    /// <summary>The ASCII of <c>header.payload</c>: what the signature is over.</summary>
    public byte[] Signed { get; }

    public byte[] Signature { get; }

    public string? Algorithm => Text(Header, "alg");

    public string? KeyId => Text(Header, "kid");

    /// <summary>The token, or why it is not one.</summary>
    public static (JsonWebToken? Token, string? Problem) Parse(string compact)
    {
        var parts = compact.Split('.');
        if (parts.Length != 3)
        {
            return (null, $"not a signed JWT in compact form ({parts.Length} parts instead of 3)");
        }

        try
        {
            using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
            using var claims = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            if (header.RootElement.ValueKind != JsonValueKind.Object || claims.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "its header or claims are not JSON objects");
            }

            return (new JsonWebToken(header.RootElement.Clone(), claims.RootElement.Clone(), Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url.DecodeFromChars(parts[2])), null);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return (null, $"not a well-formed JWT: {e.Message}");
        }
    }

    /// <summary>A string member of <paramref name="json"/>, or null when it is absent or not a string.</summary>
    public static string? Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
