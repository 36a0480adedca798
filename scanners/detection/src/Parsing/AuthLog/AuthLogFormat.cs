using Bulwark.Scanners.Detection.Events;
using Bulwark.Scanners.Detection.Parsing.Syslog;

namespace Bulwark.Scanners.Detection.Parsing.AuthLog;

/// <summary>
/// Authentication logs (Debian's <c>/var/log/auth.log</c>, Red Hat's <c>/var/log/secure</c>): syslog lines with every
/// field of <see cref="SyslogFormat"/>, plus what the message says for the daemons that authenticate and manage
/// accounts, in <c>event</c> and the fields it names:
/// <list type="table">
/// <listheader><term>program</term><description>events (and their fields)</description></listheader>
/// <item><term>sshd</term><description><see cref="SshdMessages"/>: <c>ssh.failed</c>, <c>ssh.accepted</c>,
/// <c>ssh.invalid_user</c>, <c>ssh.max_attempts</c>, <c>ssh.connection_closed</c>, <c>ssh.connection_reset</c>,
/// <c>ssh.disconnected</c>, <c>ssh.disconnect_received</c>, <c>ssh.no_identification</c> (<c>user</c>,
/// <c>invalid_user</c>, <c>auth_method</c>, <c>src_ip</c>, <c>src_port</c>, <c>protocol</c>, <c>key_type</c>,
/// <c>key_fingerprint</c>, <c>preauth</c>, <c>reason</c>)</description></item>
/// <item><term>sudo</term><description><see cref="SudoMessages"/>: <c>sudo.command</c>, <c>sudo.failed</c> (<c>user</c>,
/// <c>tty</c>, <c>pwd</c>, <c>target_user</c>, <c>target_group</c>, <c>command</c>, <c>reason</c>)</description></item>
/// <item><term>su</term><description><see cref="SuMessages"/>: <c>su.success</c>, <c>su.failed</c> (<c>user</c>,
/// <c>target_user</c>, <c>tty</c>)</description></item>
/// <item><term>useradd, usermod, userdel, passwd, chage</term><description><see cref="UserMessages"/>:
/// <c>user.created</c>, <c>user.deleted</c>, <c>user.modified</c>, <c>user.locked</c>, <c>user.unlocked</c>,
/// <c>user.create_failed</c>, <c>user.expiry_changed</c>, <c>password.changed</c></description></item>
/// <item><term>groupadd, groupdel, gpasswd, useradd, usermod</term><description><see cref="GroupMessages"/>:
/// <c>group.created</c>, <c>group.deleted</c>, <c>group.member_added</c>, <c>group.member_removed</c></description></item>
/// <item><term>systemd-logind</term><description><see cref="LogindMessages"/>: <c>logind.session_new</c>,
/// <c>logind.session_logout</c>, <c>logind.session_removed</c> (<c>session_id</c>, <c>user</c>)</description></item>
/// <item><term>CRON</term><description><see cref="CronMessages"/>: <c>cron.command</c> (<c>user</c>, <c>command</c>)</description></item>
/// <item><term>any (pam_unix…)</term><description><see cref="PamMessages"/>: <c>pam.auth_failure</c>,
/// <c>session.opened</c>, <c>session.closed</c>, <c>password.changed</c>, <c>pam.user_unknown</c>
/// (<c>pam_module</c>, <c>pam_service</c>, <c>pam_type</c>, <c>user</c>, <c>uid</c>, <c>by_user</c>, <c>by_uid</c>,
/// <c>rhost</c>, <c>ruser</c>, <c>tty</c>…)</description></item>
/// </list>
/// Any line: <c>repeated</c> (rsyslog's <c>message repeated N times</c>). Boolean fields are <c>true</c>/<c>false</c>.
/// A line whose message is not one of these is still a syslog event, without <c>event</c>.
/// </summary>
internal sealed class AuthLogFormat(SyslogClock? clock = null) : ILineFormat
{
    private readonly SyslogClock _clock = clock ?? SyslogClock.System;

    public string Id => "authlog";

    // Any syslog line can be read, so the score grows with the share of lines from authentication programs (a
    // generic syslog file stays "syslog"), and a file named like an auth log is one.
    public double Score(IReadOnlyList<string> firstLines, string fileName)
    {
        var syslog = 0;
        var auth = 0;
        foreach (var line in firstLines)
        {
            if (SyslogParser.TryParse(line, _clock, out var header))
            {
                syslog++;
                auth += AuthMessages.IsAuthProgram(header.Program) ? 1 : 0;
            }
        }

        if (syslog == 0)
        {
            return 0;
        }

        var score = (double)syslog / firstLines.Count * (0.5 + (0.45 * auth / syslog));
        return IsAuthLogName(fileName) ? Math.Min(1, score + 0.25) : score;
    }

    public IEnumerable<LogEvent> Parse(IEnumerable<(long Line, string Text)> lines, string source) =>
        LineByLine.Parse(lines, source, ParseLine);

    private static bool IsAuthLogName(string fileName) =>
        fileName.StartsWith("auth.log", StringComparison.Ordinal) || fileName.StartsWith("secure", StringComparison.Ordinal);

    public LogEvent? ParseLine(long line, string text, string source)
    {
        if (!SyslogParser.TryParse(text, _clock, out var header))
        {
            return null;
        }

        var fields = SyslogFields.From(header);
        AuthMessages.Read(header.Program, header.Message, fields);
        return SyslogFields.ToEvent(header, fields, Id, line, text, source);
    }
}
