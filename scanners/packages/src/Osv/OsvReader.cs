using System.Text.Json;

namespace Bulwark.Scanners.Packages.Osv;

/// <summary>
/// Reads OSV JSON (schema 1.x) into <see cref="OsvAdvisory"/>. Lenient where the schema is loose (missing
/// optional fields, unknown fields), strict where matching depends on it: an advisory without an id or with
/// an affected package lacking ecosystem or name is refused with the reason.
/// </summary>
public static class OsvReader
{
    /// <summary>The advisory in <paramref name="json"/>, or the reason it cannot be used.</summary>
    public static (OsvAdvisory? Advisory, string? Problem) Read(ReadOnlySpan<byte> json)
    {
        // Utf8JsonReader refuses a byte order mark; files saved by Windows editors carry one.
        if (json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            json = json[3..];
        }

        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            using var document = JsonDocument.ParseValue(ref reader);
            return Read(document.RootElement);
        }
        catch (JsonException e)
        {
            return (null, e.LineNumber is { } line ? $"not valid JSON (line {line + 1}): {e.Message}" : $"not valid JSON: {e.Message}");
        }
    }

    /// <summary>The advisory in an already parsed element.</summary>
    public static (OsvAdvisory? Advisory, string? Problem) Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, "an OSV record must be a JSON object");
        }

        if (Text(root, "id") is not { Length: > 0 } id)
        {
            return (null, "the record has no \"id\"");
        }

        var affected = new List<OsvAffected>();
        if (root.TryGetProperty("affected", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in list.EnumerateArray())
            {
                if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("package", out var package) || package.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var ecosystem = Text(package, "ecosystem");
                var name = Text(package, "name");
                if (string.IsNullOrEmpty(ecosystem) || string.IsNullOrEmpty(name))
                {
                    return (null, $"{id}: an affected package has no ecosystem or name");
                }

                affected.Add(new OsvAffected
                {
                    Ecosystem = ecosystem,
                    Name = name,
                    Ranges = Ranges(entry),
                    Versions = Strings(entry, "versions"),
                    Severity = Nested(entry, "ecosystem_specific", "severity") ?? Nested(entry, "database_specific", "severity"),
                });
            }
        }

        var summary = Text(root, "summary");
        if (string.IsNullOrWhiteSpace(summary) && Text(root, "details") is { Length: > 0 } details)
        {
            var firstLine = details.Split('\n', 2)[0].Trim();
            summary = firstLine.Length > 160 ? firstLine[..157] + "…" : firstLine;
        }

        return (new OsvAdvisory
        {
            Id = id,
            Modified = Text(root, "modified") ?? "",
            Withdrawn = Text(root, "withdrawn"),
            Aliases = Strings(root, "aliases"),
            Upstream = Strings(root, "upstream"),
            Summary = summary?.Trim() ?? "",
            Severity = Severities(root),
            DatabaseSeverity = Nested(root, "database_specific", "severity"),
            Url = Url(root),
            Affected = affected,
        }, null);
    }

    private static List<OsvRange> Ranges(JsonElement entry)
    {
        var ranges = new List<OsvRange>();
        if (!entry.TryGetProperty("ranges", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return ranges;
        }

        foreach (var range in list.EnumerateArray())
        {
            var type = Text(range, "type");
            if (type is not ("SEMVER" or "ECOSYSTEM") || !range.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var parsed = new List<OsvEvent>();
            foreach (var item in events.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                foreach (var property in item.EnumerateObject())
                {
                    if (property.Name is "introduced" or "fixed" or "last_affected" or "limit" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        parsed.Add(new OsvEvent(property.Name, property.Value.GetString()!));
                    }
                }
            }

            ranges.Add(new OsvRange(type, parsed));
        }

        return ranges;
    }

    private static List<OsvSeverity> Severities(JsonElement root)
    {
        var list = new List<OsvSeverity>();
        if (root.TryGetProperty("severity", out var items) && items.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in items.EnumerateArray())
            {
                if (Text(item, "type") is { } type && Text(item, "score") is { } score)
                {
                    list.Add(new OsvSeverity(type, score));
                }
            }
        }

        return list;
    }

    private static string? Url(JsonElement root)
    {
        if (!root.TryGetProperty("references", out var references) || references.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        string? first = null;
        foreach (var reference in references.EnumerateArray())
        {
            var url = Text(reference, "url");
            if (url is null)
            {
                continue;
            }

            if (Text(reference, "type") == "ADVISORY")
            {
                return url;
            }

            first ??= url;
        }

        return first;
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Nested(JsonElement element, string outer, string inner) =>
        element.TryGetProperty(outer, out var section) ? Text(section, inner) : null;

    private static List<string> Strings(JsonElement element, string name)
    {
        var list = new List<string>();
        if (element.TryGetProperty(name, out var items) && items.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in items.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } text)
                {
                    list.Add(text);
                }
            }
        }

        return list;
    }
}
