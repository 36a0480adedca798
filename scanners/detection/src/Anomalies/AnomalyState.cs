using System.Text.Json;

namespace Bulwark.Scanners.Detection.Anomalies;

/// <summary>
/// The file rate rules keep what they learned in (<c>--anomaly-state FILE</c>), so a restart does not start learning
/// again: JSON, one entry per rule id. Read at start; written at the end of a batch run, and every minute and at stop
/// when live, to a temporary file renamed over the old one so a crash never leaves half a file.
/// </summary>
internal static class AnomalyState
{
    private const int Version = 1;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = false };

    private sealed record StateFile(int Version, Dictionary<string, RateBaselineState> Rules);

    /// <summary>Reads <paramref name="path"/> into the detector; what could not be used, as messages (none when the file does not exist yet).</summary>
    public static IReadOnlyList<string> Load(string path, AnomalyDetector detector)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        StateFile? file;
        try
        {
            file = JsonSerializer.Deserialize<StateFile>(File.ReadAllText(path), Json);
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
        {
            return [$"anomaly state {path}: unreadable, rate rules learn afresh ({exception.Message})"];
        }

        if (file is null || file.Version != Version || file.Rules is null)
        {
            return [$"anomaly state {path}: not a version {Version} state file, rate rules learn afresh"];
        }

        return detector.Restore(file.Rules).Select(id => $"anomaly state {path}: rule {id} changed its window, it learns afresh").ToList();
    }

    /// <summary>Writes the detector's state to <paramref name="path"/>; the problem, or null.</summary>
    public static string? Save(string path, AnomalyDetector detector)
    {
        var temporary = path + ".tmp";
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            File.WriteAllText(temporary, JsonSerializer.Serialize(new StateFile(Version, detector.Save()), Json));
            File.Move(temporary, path, overwrite: true);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"anomaly state {path}: cannot write it ({exception.Message})";
        }
    }
}
