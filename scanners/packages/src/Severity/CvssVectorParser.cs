using System.Diagnostics.CodeAnalysis;

namespace Bulwark.Scanners.Packages.Severity;

/// <summary>
/// Splits the metrics part of a CVSS vector (<c>AV:N/AC:L/…</c>, after the version prefix) and checks it against
/// one version's metric set. Shared by every version, so all of them reject the same mistakes with the same words.
/// </summary>
internal static class CvssVectorParser
{
    /// <summary>
    /// The metrics of <paramref name="body"/> by key, or false with <paramref name="problem"/> saying what is wrong.
    /// Metrics may come in any order (real advisories do not always follow the specification's order); a metric
    /// given twice, an unknown metric or value, an empty field and a missing base metric are errors.
    /// </summary>
    /// <param name="label">How messages name the version: <c>CVSS:3.1</c>.</param>
    /// <param name="body">The text after the prefix and its slash.</param>
    /// <param name="metrics">The version's metrics.</param>
    /// <param name="values">The metrics by key, when the vector is valid.</param>
    /// <param name="problem">Why the vector was rejected.</param>
    public static bool TryParse(
        string label,
        string body,
        IReadOnlyList<CvssMetric> metrics,
        [NotNullWhen(true)] out Dictionary<string, string>? values,
        [NotNullWhen(false)] out string? problem)
    {
        values = null;
        if (body.Length == 0)
        {
            problem = $"{label} vector has no metrics after its prefix";
            return false;
        }

        var known = metrics.ToDictionary(m => m.Key, StringComparer.Ordinal);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in body.Split('/'))
        {
            problem = Add(label, field, known, found);
            if (problem is not null)
            {
                return false;
            }
        }

        var missing = metrics.Where(m => m.Required && !found.ContainsKey(m.Key)).Select(m => $"{m.Key} ({m.Name})").ToList();
        if (missing.Count > 0)
        {
            problem = $"{label} vector is missing the base metric{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}";
            return false;
        }

        values = found;
        problem = null;
        return true;
    }

    private static string? Add(string label, string field, Dictionary<string, CvssMetric> known, Dictionary<string, string> values)
    {
        if (field.Length == 0)
        {
            return $"{label} vector has an empty field (a doubled or trailing '/')";
        }

        var colon = field.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == field.Length - 1 || field.IndexOf(':', colon + 1) >= 0)
        {
            return $"{label} vector has '{field}', which is not a METRIC:VALUE pair";
        }

        var key = field[..colon];
        var value = field[(colon + 1)..];
        if (!known.TryGetValue(key, out var metric))
        {
            return $"{label} has no metric '{key}' (in '{field}')";
        }

        if (values.ContainsKey(key))
        {
            return $"{label} vector gives the metric {key} ({metric.Name}) more than once";
        }

        if (!metric.Values.Contains(value, StringComparer.Ordinal))
        {
            return $"{label} vector has {key}:{value}, but {key} ({metric.Name}) takes one of {string.Join(", ", metric.Values)}";
        }

        values[key] = value;
        return null;
    }
}
