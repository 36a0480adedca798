using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Pipelines;

/// <summary>
/// One parser's events as a Sigma log source: which format, which of its events (<see cref="When"/>: each field must hold
/// one of the values), and what the taxonomy's field names are called in them.
/// </summary>
/// <param name="Format">The parser's id (<c>auditd</c>, <c>authlog</c>).</param>
/// <param name="When">Field name to accepted values (compared ignoring case); empty for every event of the format.</param>
/// <param name="Fields">Sigma field name to the event's field name; a name not listed is looked up unchanged.</param>
/// <param name="Where">The pipeline file and line, for messages.</param>
internal sealed record SourceBinding(string Format, IReadOnlyDictionary<string, IReadOnlyList<string>> When, IReadOnlyDictionary<string, string> Fields, string Where)
{
    /// <summary>Whether <paramref name="logEvent"/> is one of this binding's events.</summary>
    public bool Accepts(LogEvent logEvent)
    {
        if (!string.Equals(logEvent.Format, Format, StringComparison.Ordinal))
        {
            return false;
        }

        if (When.Count == 0)
        {
            return true;
        }

        foreach (var (field, accepted) in When)
        {
            if (!logEvent.Fields.TryGetValue(field, out var value)
                || !value.Values.Any(v => accepted.Any(a => string.Equals(a, v, StringComparison.OrdinalIgnoreCase))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The event's name for a Sigma field.</summary>
    public string FieldName(string sigmaField) => Fields.TryGetValue(sigmaField, out var mapped) ? string.Intern(mapped) : sigmaField;
}
