using System.Text.Json.Serialization;
using Bulwark.Scanners.Packages.Osv;

namespace Bulwark.Scanners.Packages.Database;

/// <summary>How advisories and affected entries are stored in the database: compact JSON, written and read by generated code.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(OsvAdvisory))]
[JsonSerializable(typeof(OsvAffected))]
internal sealed partial class StoredJson : JsonSerializerContext;
