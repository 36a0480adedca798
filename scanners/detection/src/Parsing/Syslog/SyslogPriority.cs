namespace Bulwark.Scanners.Detection.Parsing.Syslog;

/// <summary>The names of syslog facilities and severities (RFC 5424 §6.2.1, with rsyslog's keywords).</summary>
internal static class SyslogPriority
{
    private static readonly string[] Facilities =
    [
        "kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news", "uucp", "cron", "authpriv", "ftp",
        "ntp", "audit", "alert", "clock", "local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7",
    ];

    private static readonly string[] Severities = ["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"];

    /// <summary>The highest valid PRI: facility local7 (23), severity debug (7).</summary>
    public const int Maximum = 191;

    public static string Facility(int priority) => Facilities[priority >> 3];

    public static string Severity(int priority) => Severities[priority & 7];
}
