using System.Text.Json;
using Bulwark.Sdk;

namespace Bulwark.Engine.Suppressions;

/// <summary>
/// An earlier JSON report used as a baseline: findings whose fingerprints it holds (active or suppressed) are
/// not reported again, so a team adopting Bulwark sees only what is new.
/// </summary>
public static class Baseline
{
    /// <summary>The fingerprints in the report at <paramref name="path"/>.</summary>
    public static Created<IReadOnlySet<string>> Load(string path, string displayPath)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                return Created<IReadOnlySet<string>>.Failed(displayPath, "not a Bulwark JSON report: it has no 'findings' list (write one with --output json=FILE)");
            }

            var fingerprints = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            AddAll(findings, fingerprints);
            if (root.TryGetProperty("suppressed", out var suppressed) && suppressed.ValueKind == JsonValueKind.Array)
            {
                AddAll(suppressed.EnumerateArray().Select(s => s.TryGetProperty("finding", out var f) ? f : default), fingerprints);
            }

            return Created<IReadOnlySet<string>>.Ok(fingerprints);
        }
        catch (JsonException e)
        {
            return Created<IReadOnlySet<string>>.Failed($"{displayPath}:{(e.LineNumber ?? 0) + 1}", "invalid JSON: " + e.Message.Split(" Path:")[0]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Created<IReadOnlySet<string>>.Failed(displayPath, "cannot read baseline: " + e.Message);
        }
    }

    private static void AddAll(JsonElement array, HashSet<string> into) => AddAll(array.EnumerateArray(), into);

    private static void AddAll(IEnumerable<JsonElement> findings, HashSet<string> into)
    {
        foreach (var finding in findings)
        {
            if (finding.ValueKind == JsonValueKind.Object && finding.TryGetProperty("fingerprint", out var fp) && fp.GetString() is { } text)
            {
                into.Add(text);
            }
        }
    }
}
