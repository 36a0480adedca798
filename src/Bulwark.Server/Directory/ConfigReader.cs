using System.Text.Json;
using Bulwark.Sdk;

namespace Bulwark.Server.Directories;

/// <summary>
/// Walking the directory configuration's JSON and collecting what is wrong with it, each problem named by its key
/// (<c>directory.url</c>), so one run shows them all.
/// </summary>
internal sealed class ConfigReader(string where)
{
    public List<ConfigProblem> Problems { get; } = [];

    public void Problem(string key, string message) => Problems.Add(new ConfigProblem(where, key.Length == 0 ? message : $"{key}: {message}"));

    /// <summary><paramref name="element"/> when it is an object; otherwise a problem and null.</summary>
    public JsonElement? Object(JsonElement? element, string key)
    {
        if (element is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            return value;
        }

        Problem(key, "must be an object ({ … })");
        return null;
    }

    public JsonElement? Required(JsonElement? parent, string key)
    {
        if (parent is not { } value)
        {
            return null;
        }

        if (value.TryGetProperty(key, out var found))
        {
            return found;
        }

        Problem(key, "is missing");
        return null;
    }

    /// <summary>A misspelt key is a problem, not a setting silently left at its default.</summary>
    public void OnlyKeys(JsonElement? parent, string prefix, params string[] known)
    {
        if (parent is not { } value)
        {
            return;
        }

        foreach (var property in value.EnumerateObject().Where(p => !known.Contains(p.Name, StringComparer.Ordinal)))
        {
            Problem(prefix + property.Name, $"unknown key; known are {string.Join(", ", known)}");
        }
    }

    public string? String(JsonElement? parent, string prefix, string key)
    {
        if (Find(parent, key) is not { } found)
        {
            return null;
        }

        if (found.ValueKind == JsonValueKind.String && found.GetString() is { Length: > 0 } text)
        {
            return text;
        }

        Problem(prefix + key, "must be a non-empty string");
        return null;
    }

    public bool? Boolean(JsonElement? parent, string prefix, string key)
    {
        if (Find(parent, key) is not { } found)
        {
            return null;
        }

        if (found.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return found.GetBoolean();
        }

        Problem(prefix + key, "must be true or false");
        return null;
    }

    public double? Number(JsonElement? parent, string prefix, string key)
    {
        if (Find(parent, key) is not { } found)
        {
            return null;
        }

        if (found.ValueKind == JsonValueKind.Number)
        {
            return found.GetDouble();
        }

        Problem(prefix + key, "must be a number");
        return null;
    }

    /// <summary>A list of names: <c>["bulwark-admins", "ops"]</c>.</summary>
    public IReadOnlyList<string>? Names(JsonElement element, string key)
    {
        if (element.ValueKind != JsonValueKind.Array
            || element.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(e.GetString())))
        {
            Problem(key, "must be a list of group names ([\"bulwark-admins\", …])");
            return null;
        }

        return [.. element.EnumerateArray().Select(e => e.GetString()!.Trim())];
    }

    // A key set to null is the same as a key left out: its default.
    private static JsonElement? Find(JsonElement? parent, string key) =>
        parent is { } value && value.TryGetProperty(key, out var found) && found.ValueKind != JsonValueKind.Null ? found : null;

    /// <summary>
    /// The secret in the file <paramref name="path"/> names (relative to <paramref name="folder"/>), for <paramref name="key"/>:
    /// secrets are kept in files of their own, never in the configuration. Null, and a problem, when it cannot be read or is empty.
    /// </summary>
    public string? SecretFile(string key, string? path, string folder)
    {
        if (path is null)
        {
            return null;
        }

        var full = Path.GetFullPath(path, folder);
        try
        {
            // Files written by echo or an editor end with a newline that is not part of the secret.
            var secret = File.ReadAllText(full).TrimEnd('\r', '\n');
            if (secret.Length > 0)
            {
                return secret;
            }

            Problem(key, $"{full} is empty");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Problem(key, $"{full} cannot be read: {e.Message}");
        }

        return null;
    }

    /// <summary>Whether <paramref name="url"/> names this machine (the one place an unencrypted connection is allowed).</summary>
    public static bool IsLoopback(Uri url) =>
        url.IsLoopback || (System.Net.IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address));
}
