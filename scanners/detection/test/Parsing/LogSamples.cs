namespace Bulwark.Scanners.Detection.Tests.Parsing;

/// <summary>Small but realistic log files of each kind, as the daemons write them, for sniffing and reading tests.</summary>
internal static class LogSamples
{
    public static readonly string AuthLog = string.Join('\n',
        "Mar 10 08:15:01 web1 CRON[23141]: pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)",
        "Mar 10 08:15:01 web1 CRON[23142]: (root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)",
        "Mar 10 08:15:01 web1 CRON[23141]: pam_unix(cron:session): session closed for user root",
        "Mar 10 09:02:44 web1 sshd[24410]: Invalid user admin from 203.0.113.45 port 51862",
        "Mar 10 09:02:46 web1 sshd[24410]: Failed password for invalid user admin from 203.0.113.45 port 51862 ssh2",
        "Mar 10 09:02:47 web1 sshd[24410]: Connection closed by invalid user admin 203.0.113.45 port 51862 [preauth]",
        "Mar 10 09:10:12 web1 sshd[24502]: Accepted publickey for deploy from 198.51.100.20 port 40022 ssh2: ED25519 SHA256:pq3mRbT0n8Xr3y9mE0v7dYkQ2sJb1cVfLwZ4hN6uA8o",
        "Mar 10 09:10:12 web1 sshd[24502]: pam_unix(sshd:session): session opened for user deploy(uid=1001) by (uid=0)",
        "Mar 10 09:10:12 web1 systemd-logind[712]: New session 42 of user deploy.",
        "Mar 10 09:11:03 web1 sudo:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx",
        "Mar 10 09:11:03 web1 sudo: pam_unix(sudo:session): session opened for user root(uid=0) by deploy(uid=1001)",
        "");

    public static readonly string Syslog = string.Join('\n',
        "Mar 10 06:25:01 web1 systemd[1]: Starting Daily apt upgrade and clean activities...",
        "Mar 10 06:25:03 web1 kernel: [1234567.890123] EXT4-fs (sda1): re-mounted. Opts: errors=remount-ro",
        "Mar 10 06:25:04 web1 systemd[1]: apt-daily-upgrade.service: Deactivated successfully.",
        "Mar 10 06:30:00 web1 rsyslogd: [origin software=\"rsyslogd\" swVersion=\"8.2112.0\" x-pid=\"712\"] rsyslogd was HUPed",
        "Mar 10 06:31:12 web1 nginx[903]: 2024/03/10 06:31:12 [notice] 903#903: signal process started",
        "Mar 10 06:32:00 web1 CRON[2210]: (root) CMD (test -x /etc/cron.daily/popularity-contest && /etc/cron.daily/popularity-contest --crond)",
        "");

    public static readonly string AuditLog = string.Join('\n', [.. AuditdSamples.CurlExecve, AuditdSamples.UserLoginFailed, ""]);

    public static readonly string Journal = string.Join('\n',
        JournaldFormatTests.SshdEntry,
        "{\"__CURSOR\":\"s=6f1c2a;i=1a2c\",\"__REALTIME_TIMESTAMP\":\"1710060001000000\",\"_HOSTNAME\":\"web1\",\"SYSLOG_IDENTIFIER\":\"systemd-logind\",\"_PID\":\"712\",\"MESSAGE\":\"New session 42 of user deploy.\"}",
        "");

    public static readonly string AccessLog = string.Join('\n',
        AccessLogFormatTests.Combined,
        "198.51.100.3 - - [10/Mar/2024:09:15:03 +0100] \"GET /favicon.ico HTTP/1.1\" 404 153 \"https://example.com/\" \"Mozilla/5.0\"",
        "");

    public static readonly string JsonLines = string.Join('\n',
        JsonLinesFormatTests.AppLine,
        "{\"@timestamp\":\"2024-03-10T09:15:03Z\",\"level\":\"info\",\"msg\":\"ok\"}",
        "");

    public static readonly string Text = string.Join('\n',
        "Starting backup of /srv at 2024-03-10 02:00",
        "copied 1234 files",
        "done.",
        "");

    public static string FileOf(string kind) => kind switch
    {
        "authlog" => AuthLog,
        "syslog" => Syslog,
        "auditd" => AuditLog,
        "journald" => Journal,
        "access" => AccessLog,
        "json" => JsonLines,
        _ => Text,
    };
}
