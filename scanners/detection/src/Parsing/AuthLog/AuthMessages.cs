namespace Bulwark.Scanners.Detection.Parsing.AuthLog;

/// <summary>
/// Reads what an authentication message says, by the program that logged it, into fields (<c>event</c> names the
/// kind). PAM modules' lines are recognised whatever program logs them. rsyslog's <c>message repeated N times: [ … ]</c>
/// is unwrapped first and the count kept as <c>repeated</c>.
/// </summary>
internal static class AuthMessages
{
    private const string RepeatedPrefix = "message repeated ";

    /// <summary>The programs whose lines this reads; they make a log look like an authentication log.</summary>
    public static bool IsAuthProgram(string? program) => program switch
    {
        "sshd" or "sshd-session" or "sshd-auth" or "sudo" or "su" or "systemd-logind" or "CRON" or "cron" or "crond"
            or "login" or "unix_chkpwd" or "polkitd" or "pkexec" => true,
        _ => IsShadowProgram(program),
    };

    public static void Read(string? program, string message, EventFields fields)
    {
        message = Unrepeat(message, fields);
        if (message.StartsWith("pam_", StringComparison.Ordinal) && PamMessages.TryRead(message, fields))
        {
            return;
        }

        _ = program switch
        {
            "sshd" or "sshd-session" or "sshd-auth" => SshdMessages.TryRead(message, fields),
            "sudo" => SudoMessages.TryRead(message, fields),
            "su" => SuMessages.TryRead(message, fields),
            "systemd-logind" => LogindMessages.TryRead(message, fields),
            "CRON" or "cron" or "crond" => CronMessages.TryRead(message, fields),
            _ => IsShadowProgram(program) && (UserMessages.TryRead(message, fields) || GroupMessages.TryRead(message, fields)),
        };
    }

    private static bool IsShadowProgram(string? program) => program is "useradd" or "usermod" or "userdel" or "groupadd"
        or "groupdel" or "groupmod" or "gpasswd" or "passwd" or "chpasswd" or "chage" or "newusers";

    // "message repeated 3 times: [ Failed password for root from 203.0.113.9 port 4242 ssh2]"
    private static string Unrepeat(string message, EventFields fields)
    {
        var position = 0;
        if (!TextScan.Expect(message, ref position, RepeatedPrefix) || !TextScan.Number(message, ref position, out var count)
            || !TextScan.Expect(message, ref position, " times: [") || !message.EndsWith(']'))
        {
            return message;
        }

        fields.Set("repeated", count);
        return message[position..^1].TrimStart();
    }
}
