using Bulwark.Scanners.Detection.Parsing.Access;
using Bulwark.Scanners.Detection.Parsing.Auditd;
using Bulwark.Scanners.Detection.Parsing.AuthLog;
using Bulwark.Scanners.Detection.Parsing.Journald;
using Bulwark.Scanners.Detection.Parsing.Json;
using Bulwark.Scanners.Detection.Parsing.Syslog;

namespace Bulwark.Scanners.Detection.Parsing;

/// <summary>Every log format, sorted by id: the one list sniffing chooses from and <c>--log-format</c> names.</summary>
internal static class LogFormats
{
    public static IReadOnlyList<ILogFormat> All { get; } =
    [
        new AccessLogFormat(),
        new AuditdFormat(),
        new AuthLogFormat(),
        new JournaldFormat(),
        new JsonLinesFormat(),
        new RawFormat(),
        new SyslogFormat(),
    ];

    /// <summary>The format with id <paramref name="id"/> in <paramref name="formats"/> (default: <see cref="All"/>), or null.</summary>
    public static ILogFormat? Find(string id, IReadOnlyList<ILogFormat>? formats = null)
    {
        foreach (var format in formats ?? All)
        {
            if (string.Equals(format.Id, id, StringComparison.OrdinalIgnoreCase))
            {
                return format;
            }
        }

        return null;
    }
}
