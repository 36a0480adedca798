using System.Text.Json;

namespace Bulwark.Ledger.Shipping;

/// <summary>
/// The persisted cursor: <c>{"target":…,"origin":…,"nextIndex":n,"checkpointsShipped":k,"lastBatch":{…}}</c>. It is
/// bound to one target (without secrets) and one ledger, and replaced atomically only after a batch is acknowledged,
/// so a restart resumes where delivery was last confirmed.
/// </summary>
/// <param name="Target">The target's spec, as <see cref="IShipTarget.Spec"/> gives it.</param>
/// <param name="Origin">The origin of the ledger being shipped.</param>
/// <param name="Position">Everything before this has been acknowledged.</param>
/// <param name="LastBatch">
/// Where the last batch began, kept only for targets without acknowledgement (plain syslog): the next run sends
/// that batch again, because a write that succeeded proves nothing about receipt.
/// </param>
public sealed record ShipCursor(string Target, string Origin, ShipPosition Position, ShipPosition? LastBatch)
{
    /// <summary>Reads the cursor at <paramref name="path"/>; null with no problem when there is no file yet.</summary>
    public static ShipCursor? Load(string path, out string? problem)
    {
        problem = null;
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            var cursor = new ShipCursor(
                root.GetProperty("target").GetString() ?? "",
                root.GetProperty("origin").GetString() ?? "",
                ReadPosition(root),
                root.TryGetProperty("lastBatch", out var last) && last.ValueKind == JsonValueKind.Object ? ReadPosition(last) : null);
            if (cursor.Target.Length > 0 && cursor.Position is { NextIndex: >= 0, CheckpointsShipped: >= 0 })
            {
                return cursor;
            }

            problem = $"cursor {path}: the target is empty or a position is negative";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            problem = $"cursor {path} cannot be read: {e.Message}";
        }

        return null;
    }

    /// <summary>
    /// Replaces the file at <paramref name="path"/>: written to a temporary file, fsynced, renamed over it. Null on
    /// success. The folder is not fsynced: a rename lost in a crash brings back the older cursor, which only means
    /// a batch is sent twice, and receivers drop exact repeats.
    /// </summary>
    public string? Save(string path)
    {
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
                {
                    writer.WriteStartObject();
                    writer.WriteString("target", Target);
                    writer.WriteString("origin", Origin);
                    WritePosition(writer, Position);
                    if (LastBatch is { } last)
                    {
                        writer.WriteStartObject("lastBatch");
                        WritePosition(writer, last);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndObject();
                }

                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            return $"saving cursor {path}: {e.Message}";
        }
    }

    private static ShipPosition ReadPosition(JsonElement element) =>
        new(element.GetProperty("nextIndex").GetInt64(), element.GetProperty("checkpointsShipped").GetInt64());

    private static void WritePosition(Utf8JsonWriter writer, ShipPosition position)
    {
        writer.WriteNumber("nextIndex", position.NextIndex);
        writer.WriteNumber("checkpointsShipped", position.CheckpointsShipped);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stray temporary file is harmless; the save has already failed with the reason that matters.
        }
    }
}
