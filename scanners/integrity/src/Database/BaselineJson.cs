using System.Text.Json;

namespace Bulwark.Scanners.Integrity.Database;

/// <summary>How the header is written and read: camelCase members.</summary>
internal static class BaselineJson
{
    public static JsonSerializerOptions Options { get; } = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}
