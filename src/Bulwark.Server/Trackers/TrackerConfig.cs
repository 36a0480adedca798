using System.Text.Json;
using Bulwark.Sdk;
using Bulwark.Server.Directories;

namespace Bulwark.Server.Trackers;

/// <summary>
/// The issue trackers findings are pushed to, as one JSON file configures them (<c>bulwark server --trackers FILE</c>;
/// docs/server.md describes the format). The file holds no secret: each tracker names the environment variable its
/// token or signing key is in, so the file can be committed.
/// </summary>
public sealed class TrackerConfig
{
    private static readonly JsonDocumentOptions Json = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private TrackerConfig(Uri publicUrl, TimeSpan sweepInterval, int maxAttempts, IReadOnlyList<TrackerSettings> trackers)
    {
        PublicUrl = publicUrl;
        SweepInterval = sweepInterval;
        MaxAttempts = maxAttempts;
        Trackers = trackers;
    }

    /// <summary>Where people reach this server's web UI; issues link back to findings under it.</summary>
    public Uri PublicUrl { get; }

    /// <summary>How often the queue is filled and sent.</summary>
    public TimeSpan SweepInterval { get; }

    /// <summary>Attempts before a delivery is given up (dead).</summary>
    public int MaxAttempts { get; }

    internal IReadOnlyList<TrackerSettings> Trackers { get; }

    /// <summary>Reads <paramref name="path"/>, with secrets from this process's environment; every problem in it is reported at once.</summary>
    public static Created<TrackerConfig> Load(string path) => Load(path, Environment.GetEnvironmentVariable);

    internal static Created<TrackerConfig> Load(string path, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return Parse(File.ReadAllText(path), path, environment);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Created<TrackerConfig>.Failed(path, $"cannot be read: {e.Message}");
        }
    }

    /// <summary>Reads <paramref name="json"/>, named <paramref name="where"/> in problems.</summary>
    internal static Created<TrackerConfig> Parse(string json, string where, Func<string, string?> environment)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Json);
        }
        catch (JsonException e)
        {
            return Created<TrackerConfig>.Failed(e.LineNumber is { } line ? $"{where}:{line + 1}" : where, $"not valid JSON: {e.Message}");
        }

        using (document)
        {
            var reader = new ConfigReader(where);
            var root = reader.Object(document.RootElement, "the file");
            reader.OnlyKeys(root, "", "publicUrl", "sweepSeconds", "maxAttempts", "trackers");
            var publicUrl = TrackerConfigReader.HttpUrl(reader, root, "", "publicUrl", required: true);
            var sweep = reader.Number(root, "", "sweepSeconds") ?? 60;
            if (sweep is < 1 or > 86_400)
            {
                reader.Problem("sweepSeconds", "must be between 1 and 86400");
            }

            var attempts = reader.Number(root, "", "maxAttempts") ?? 10;
            if (attempts is < 1 or > 100 || attempts != Math.Floor(attempts))
            {
                reader.Problem("maxAttempts", "must be a whole number from 1 to 100");
            }

            var trackers = TrackerConfigReader.ReadAll(reader, reader.Required(root, "trackers"), environment);
            return reader.Problems.Count == 0 && publicUrl is not null
                ? Created<TrackerConfig>.Ok(new TrackerConfig(publicUrl, TimeSpan.FromSeconds(sweep), (int)attempts, trackers))
                : Created<TrackerConfig>.Failed(reader.Problems);
        }
    }

    /// <summary>The finding's page in the web UI, as a tracker links to it.</summary>
    internal string FindingUrl(long id) => new Uri(PublicUrl, $"ui/findings/{id}").ToString();
}
