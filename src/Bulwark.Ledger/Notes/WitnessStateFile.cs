using System.Globalization;
using System.Text.Json;
using Bulwark.Ledger.Merkle;

namespace Bulwark.Ledger.Notes;

/// <summary>
/// The witness's memory on disk: <c>{"origin", "size", "root" (base64), "updated" (ISO 8601)}</c>. Written to a
/// temporary file that is flushed and renamed over the old one, so a crash leaves the old state or the new one.
/// </summary>
internal static class WitnessStateFile
{
    /// <summary>The state, null when there is no file yet; a reason when the file exists but cannot be trusted.</summary>
    internal static WitnessState? Load(string path, out string? reason)
    {
        reason = null;
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            var hash = NoteText.FromBase64(root.GetProperty("root").GetString() ?? "");
            var updated = DateTimeOffset.Parse(root.GetProperty("updated").GetString() ?? "", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            var origin = root.GetProperty("origin").GetString();
            var size = root.GetProperty("size").GetInt64();
            if (hash is not { Length: Hash.Size } || string.IsNullOrEmpty(origin) || size < 0)
            {
                reason = $"witness state {path}: origin, size or root hash is missing or malformed";
                return null;
            }

            return new WitnessState(origin, size, new Hash(hash), updated);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException
                                      or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            reason = $"witness state {path}: {e.Message}";
            return null;
        }
    }

    /// <summary>Replaces the state file atomically; null on success, else why it failed.</summary>
    internal static string? Save(string path, WitnessState state)
    {
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
                {
                    writer.WriteStartObject();
                    writer.WriteString("origin", state.Origin);
                    writer.WriteNumber("size", state.Size);
                    writer.WriteString("root", state.Root.ToBase64());
                    writer.WriteString("updated", state.Updated.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                    writer.WriteEndObject();
                }

                // Durable before the rename: otherwise a crash could leave the new name pointing at empty data.
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"saving witness state {path}: {e.Message}{Discard(temp)}";
        }
    }

    private static string Discard(string temp)
    {
        try
        {
            File.Delete(temp);
            return "";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $" (and {temp} could not be removed: {e.Message})";
        }
    }
}
