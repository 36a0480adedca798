using System.Text;
using System.Text.Json;

namespace Bulwark.Scanners.Secrets;

/// <summary>
/// A JSON Web Token is three base64url parts; the first two must decode to JSON objects and the header must
/// name an algorithm. Anything else that merely looks like <c>eyJ….….…</c> is not reported.
/// </summary>
public static class JwtShape
{
    /// <summary>Whether <paramref name="token"/> is a structurally valid JWT.</summary>
    public static bool IsValid(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return false;
        }

        var header = DecodeObject(parts[0]);
        return header is { } h && h.TryGetProperty("alg", out _) && DecodeObject(parts[1]) is not null;
    }

    private static JsonElement? DecodeObject(string part)
    {
        try
        {
            var padded = part.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - (padded.Length % 4)) % 4);
            var json = Encoding.UTF8.GetString(Convert.FromBase64String(padded));
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or DecoderFallbackException)
        {
            return null;
        }
    }
}
