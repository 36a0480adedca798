using System.Text.Json;
using System.Text.RegularExpressions;
using Bulwark.Sdk;
using Bulwark.Server.Directories;
using Bulwark.Server.Findings;
using Bulwark.Server.Store.Model;

namespace Bulwark.Server.Trackers;

/// <summary>Reads the trackers file's <c>trackers</c> list, one problem per wrong key (<c>trackers[1].project: is missing</c>).</summary>
internal static partial class TrackerConfigReader
{
    private static readonly string[] Actions = ["fixed", "risk-accepted", "false-positive", "reopened"];

    // Risk acceptance and false positive take a person's judgement (and, with approvals, a second person's); a tracker's
    // status may only say that someone is on it.
    private static readonly FindingState[] Pullable = [FindingState.Confirmed];

    public static List<TrackerSettings> ReadAll(ConfigReader reader, JsonElement? list, Func<string, string?> environment)
    {
        var trackers = new List<TrackerSettings>();
        if (list is not { } array)
        {
            return trackers;
        }

        if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
        {
            reader.Problem("trackers", "must be a list of one or more trackers ([{ \"name\": …, \"kind\": \"jira\" }, …])");
            return trackers;
        }

        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var prefix = $"trackers[{index++}].";
            if (Read(reader, reader.Object(element, prefix.TrimEnd('.')), prefix, environment) is { } tracker)
            {
                if (trackers.Any(t => t.Name == tracker.Name))
                {
                    reader.Problem(prefix + "name", $"'{tracker.Name}' is used by another tracker already");
                }

                trackers.Add(tracker);
            }
        }

        return trackers;
    }

    private static TrackerSettings? Read(ConfigReader reader, JsonElement? tracker, string prefix, Func<string, string?> environment)
    {
        if (tracker is null)
        {
            return null;
        }

        var problems = reader.Problems.Count;
        var name = reader.String(tracker, prefix, "name");
        if (name is null)
        {
            reader.Problem(prefix + "name", "is missing");
        }
        else if (!NamePattern().IsMatch(name))
        {
            reader.Problem(prefix + "name", "must be lower-case letters, digits and dashes (jira-sec)");
        }

        var kind = reader.String(tracker, prefix, "kind") switch
        {
            "jira" => TrackerKind.Jira,
            "github" => TrackerKind.GitHub,
            "webhook" => TrackerKind.Webhook,
            null => Missing(reader, prefix + "kind"),
            var other => Wrong(reader, prefix + "kind", $"'{other}' is not a tracker kind; use jira, github or webhook"),
        };
        string[] common = ["name", "kind", "url", "minSeverity", "products"];
        string[] keys = kind switch
        {
            TrackerKind.Jira => [.. common, "tokenEnv", "user", "apiVersion", "project", "issueType", "priorities", "labels", "transitions", "statuses", "pullMinutes"],
            TrackerKind.GitHub => [.. common, "tokenEnv", "repo", "labels"],
            TrackerKind.Webhook => [.. common, "secretEnv"],
            _ => common,
        };
        reader.OnlyKeys(tracker, prefix, keys);
        var url = HttpUrl(reader, tracker, prefix, "url", required: true, asBase: kind != TrackerKind.Webhook);
        var secret = SecretFrom(reader, tracker, prefix, kind == TrackerKind.Webhook ? "secretEnv" : "tokenEnv", environment);
        var minSeverity = Severity(reader, tracker, prefix);
        var products = new ProductMatch(Strings(reader, tracker, prefix, "products", "product names or globs ([\"payments-*\"])"));
        var labels = Strings(reader, tracker, prefix, "labels", "labels without spaces ([\"security\"])");
        if (labels.Any(l => l.Any(char.IsWhiteSpace)))
        {
            reader.Problem(prefix + "labels", "a label cannot hold spaces");
        }

        var apiVersion = reader.Number(tracker, prefix, "apiVersion") ?? 3;
        if (apiVersion is not (2 or 3))
        {
            reader.Problem(prefix + "apiVersion", "must be 2 or 3 (JIRA's REST API version)");
        }

        var project = kind == TrackerKind.Jira ? Required(reader, tracker, prefix, "project") : null;
        var repository = kind == TrackerKind.GitHub ? Required(reader, tracker, prefix, "repo") : null;
        if (repository is not null && !RepositoryPattern().IsMatch(repository))
        {
            reader.Problem(prefix + "repo", "must be owner/name");
        }

        var transitions = Map(reader, tracker, prefix, "transitions", key => Actions.Contains(key) ? null : $"is not an action; use {string.Join(", ", Actions)}");
        var priorities = Map(reader, tracker, prefix, "priorities", key => SeverityNames.TryParse(key, out _) ? null : $"is not a severity; use {string.Join(", ", SeverityNames.All)}");
        var statuses = Map(reader, tracker, prefix, "statuses", _ => null);
        var pulled = new Dictionary<string, FindingState>(StringComparer.OrdinalIgnoreCase);
        foreach (var (status, state) in statuses)
        {
            if (FindingStates.Parse(state) is { } to && Pullable.Contains(to))
            {
                pulled[status] = to;
            }
            else
            {
                reader.Problem($"{prefix}statuses.{status}", "only 'confirmed' may be applied from a tracker: risk acceptance and false positive take a person's judgement in Bulwark");
            }
        }

        var pullMinutes = reader.Number(tracker, prefix, "pullMinutes");
        if (pullMinutes is <= 0 or > 10_080)
        {
            reader.Problem(prefix + "pullMinutes", "must be between 1 and 10080 (a week)");
        }

        if (reader.Problems.Count > problems || name is null || url is null || secret is null || kind is not { } known)
        {
            return null;
        }

        return new TrackerSettings(name, known, url, (int)apiVersion, project, reader.String(tracker, prefix, "issueType") ?? "Bug", repository,
            reader.String(tracker, prefix, "user"), secret, minSeverity, products,
            priorities.ToDictionary(p => SeverityNames.TryParse(p.Key, out var s) ? (int)s : 0, p => p.Value), labels, transitions,
            known == TrackerKind.Jira ? TimeSpan.FromMinutes(pullMinutes ?? 15) : null, pulled);
    }

    /// <summary>An http(s) URL; a base (<paramref name="asBase"/>) gets its closing slash, so paths resolve under it.</summary>
    public static Uri? HttpUrl(ConfigReader reader, JsonElement? parent, string prefix, string key, bool required, bool asBase = true)
    {
        if (reader.String(parent, prefix, key) is not { } text)
        {
            if (required && parent is not null)
            {
                reader.Problem(prefix + key, "is missing");
            }

            return null;
        }

        if (Uri.TryCreate(!asBase || text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.Query.Length == 0)
        {
            return url;
        }

        reader.Problem(prefix + key, $"must be an http or https URL without a query, got '{text}'");
        return null;
    }

    // The file names the variable; the value never appears in a message.
    private static Secret? SecretFrom(ConfigReader reader, JsonElement? tracker, string prefix, string key, Func<string, string?> environment)
    {
        if (reader.String(tracker, prefix, key) is not { } variable)
        {
            reader.Problem(prefix + key, "is missing: name the environment variable that holds the secret (it is not written in the file)");
            return null;
        }

        if (environment(variable) is { Length: > 0 } value)
        {
            return new Secret(value);
        }

        reader.Problem(prefix + key, $"the environment variable {variable} is not set");
        return null;
    }

    private static int Severity(ConfigReader reader, JsonElement? tracker, string prefix)
    {
        var text = reader.String(tracker, prefix, "minSeverity") ?? "high";
        if (SeverityNames.TryParse(text, out var severity))
        {
            return (int)severity;
        }

        reader.Problem(prefix + "minSeverity", $"'{text}' is not a severity; use {string.Join(", ", SeverityNames.All)}");
        return 0;
    }

    private static string? Required(ConfigReader reader, JsonElement? tracker, string prefix, string key)
    {
        var value = reader.String(tracker, prefix, key);
        if (value is null && tracker is { } t && !t.TryGetProperty(key, out _))
        {
            reader.Problem(prefix + key, "is missing");
        }

        return value;
    }

    private static IReadOnlyList<string> Strings(ConfigReader reader, JsonElement? tracker, string prefix, string key, string shape)
    {
        if (tracker is not { } t || !t.TryGetProperty(key, out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(e.GetString())))
        {
            reader.Problem(prefix + key, $"must be a list of {shape}");
            return [];
        }

        return [.. list.EnumerateArray().Select(e => e.GetString()!.Trim())];
    }

    private static Dictionary<string, string> Map(ConfigReader reader, JsonElement? tracker, string prefix, string key, Func<string, string?> keyProblem)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (reader.Object(tracker is { } t && t.TryGetProperty(key, out var found) && found.ValueKind != JsonValueKind.Null ? found : null, prefix + key) is not { } entries)
        {
            return map;
        }

        foreach (var entry in entries.EnumerateObject())
        {
            if (keyProblem(entry.Name) is { } problem)
            {
                reader.Problem($"{prefix}{key}.{entry.Name}", problem);
            }
            else if (entry.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(entry.Value.GetString()))
            {
                reader.Problem($"{prefix}{key}.{entry.Name}", "must be a non-empty string");
            }
            else
            {
                map[entry.Name] = entry.Value.GetString()!.Trim();
            }
        }

        return map;
    }

    private static TrackerKind? Missing(ConfigReader reader, string key)
    {
        reader.Problem(key, "is missing (jira, github or webhook)");
        return null;
    }

    private static TrackerKind? Wrong(ConfigReader reader, string key, string message)
    {
        reader.Problem(key, message);
        return null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")]
    private static partial Regex RepositoryPattern();
}
