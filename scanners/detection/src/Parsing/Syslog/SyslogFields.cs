using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Parsing.Syslog;

/// <summary>The fields every syslog-based format emits from a header, and the event that carries them.</summary>
internal static class SyslogFields
{
    public static EventFields From(SyslogHeader header)
    {
        var fields = new EventFields();
        AddIfPresent(fields, "host", header.Host);
        AddIfPresent(fields, "program", header.Program);
        if (header.Version > 0)
        {
            AddIfPresent(fields, "app", header.Program);
        }

        AddIfPresent(fields, "pid", header.Pid);
        AddIfPresent(fields, "msgid", header.MessageId);
        if (header.Priority is { } priority)
        {
            fields.Set("facility", SyslogPriority.Facility(priority));
            fields.Set("severity", SyslogPriority.Severity(priority));
            fields.Set("pri", priority.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var (name, value) in header.StructuredData ?? [])
        {
            fields.Append(name, value);
        }

        fields.Set("message", header.Message);
        return fields;
    }

    public static LogEvent ToEvent(SyslogHeader header, EventFields fields, string format, long line, string text, string source) =>
        new()
        {
            Source = source,
            Line = line,
            Time = header.Time,
            Host = header.Host,
            Format = format,
            Fields = fields.Build(),
            Raw = text,
        };

    private static void AddIfPresent(EventFields fields, string name, string? value)
    {
        if (value is not null)
        {
            fields.Set(name, value);
        }
    }
}
