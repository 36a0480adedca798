using System.Globalization;
using System.Text.Json;
using Bulwark.Sdk;

namespace Bulwark.Server.Changes;

/// <summary>
/// How many approvals each kind of change needs and how long a request waits for them (<c>bulwark server --four-eye
/// FILE</c>): <c>{"approvals": {"risk-acceptance": 2, "*": 1}, "expiresAfter": "7d"}</c>. Every kind needs at least one
/// approval: the rule can be made stricter by configuration, never switched off.
/// </summary>
public sealed class FourEyeRules
{
    private static readonly JsonDocumentOptions Json = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private const int MostApprovals = 10;

    private readonly IReadOnlyDictionary<string, int> _approvals;
    private readonly int _otherwise;

    private FourEyeRules(IReadOnlyDictionary<string, int> approvals, int otherwise, TimeSpan expiresAfter)
    {
        _approvals = approvals;
        _otherwise = otherwise;
        ExpiresAfter = expiresAfter;
    }

    /// <summary>One approval for every kind; requests expire after 7 days.</summary>
    public static FourEyeRules Default { get; } = new(new Dictionary<string, int>(), 1, TimeSpan.FromDays(7));

    /// <summary>How long a request waits for its decision, and the longest a request may ask for.</summary>
    public TimeSpan ExpiresAfter { get; }

    /// <summary>The approvals by distinct people a change of <paramref name="kind"/> needs.</summary>
    public int ApprovalsFor(string kind) => _approvals.TryGetValue(kind, out var count) ? count : _otherwise;

    /// <summary>Reads <paramref name="path"/>; every problem in it is reported at once.</summary>
    public static Created<FourEyeRules> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return Parse(File.ReadAllText(path), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Created<FourEyeRules>.Failed(path, $"cannot be read: {e.Message}");
        }
    }

    /// <summary>Reads <paramref name="json"/>, named <paramref name="where"/> in problems.</summary>
    public static Created<FourEyeRules> Parse(string json, string where)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Json);
        }
        catch (JsonException e)
        {
            return Created<FourEyeRules>.Failed(where, $"not valid JSON: {e.Message}");
        }

        using (document)
        {
            var problems = new List<ConfigProblem>();
            var approvals = new Dictionary<string, int>(StringComparer.Ordinal);
            var otherwise = 1;
            var expiresAfter = Default.ExpiresAfter;
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Created<FourEyeRules>.Failed(where, "expected an object with approvals and expiresAfter");
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "approvals" when property.Value.ValueKind == JsonValueKind.Object:
                        foreach (var kind in property.Value.EnumerateObject())
                        {
                            if (kind.Name != "*" && !ChangeKinds.IsWellFormed(kind.Name))
                            {
                                problems.Add(new(where, $"approvals.{kind.Name}: a kind is lower-case letters, digits and dashes (or * for every other kind)"));
                            }
                            else if (kind.Value.ValueKind != JsonValueKind.Number || !kind.Value.TryGetInt32(out var count) || count is < 1 or > MostApprovals)
                            {
                                problems.Add(new(where, $"approvals.{kind.Name}: a whole number from 1 to {MostApprovals} (the four-eye rule cannot be switched off)"));
                            }
                            else if (kind.Name == "*")
                            {
                                otherwise = count;
                            }
                            else
                            {
                                approvals[kind.Name] = count;
                            }
                        }

                        break;
                    case "expiresAfter" when property.Value.ValueKind == JsonValueKind.String && Duration(property.Value.GetString()) is { } duration:
                        expiresAfter = duration;
                        break;
                    case "approvals":
                        problems.Add(new(where, "approvals: an object of kind to number, {\"risk-acceptance\": 2, \"*\": 1}"));
                        break;
                    case "expiresAfter":
                        problems.Add(new(where, "expiresAfter: a duration such as 12h or 7d"));
                        break;
                    default:
                        problems.Add(new(where, $"{property.Name}: unknown key (the keys are approvals and expiresAfter)"));
                        break;
                }
            }

            return problems.Count == 0 ? Created<FourEyeRules>.Ok(new FourEyeRules(approvals, otherwise, expiresAfter)) : Created<FourEyeRules>.Failed(problems);
        }
    }

    /// <summary>A duration written as a whole number and a unit (<c>90s</c>, <c>30m</c>, <c>2h</c>, <c>7d</c>), or null.</summary>
    public static TimeSpan? Duration(string? text)
    {
        if (text is not { Length: >= 2 } || !int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            return null;
        }

        return text[^1] switch
        {
            's' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            'd' => TimeSpan.FromDays(amount),
            _ => null,
        };
    }
}
