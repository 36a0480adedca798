namespace Bulwark.Scanners.Detection.Parsing.AuthLog;

/// <summary>
/// A PAM module's message, <c>pam_unix(SERVICE:TYPE): TEXT</c>, whoever logs it (sshd, sudo, su, CRON, login…):
/// always <c>pam_module</c>, <c>pam_service</c>, <c>pam_type</c>, and for the texts pam_unix writes:
/// <list type="bullet">
/// <item><c>authentication failure; logname= uid= euid= tty= ruser= rhost= user=</c> → <c>pam.auth_failure</c> with
/// those keys (empty ones left out).</item>
/// <item><c>session opened for user X(uid=N) by Y(uid=M)</c> → <c>session.opened</c> with <c>user</c>, <c>uid</c>,
/// <c>by_user</c>, <c>by_uid</c>; <c>session closed for user X</c> → <c>session.closed</c>.</item>
/// <item><c>password changed for X</c> → <c>password.changed</c> with <c>user</c>.</item>
/// <item><c>check pass; user unknown</c> → <c>pam.user_unknown</c>.</item>
/// </list>
/// </summary>
internal static class PamMessages
{
    public static bool TryRead(string message, EventFields fields)
    {
        var open = message.IndexOf('(', StringComparison.Ordinal);
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (open <= 0 || close < open)
        {
            return false;
        }

        var context = message[(open + 1)..close];
        var colon = context.IndexOf(':', StringComparison.Ordinal);
        fields.Set("pam_module", message[..open]);
        fields.Set("pam_service", colon < 0 ? context : context[..colon]);
        if (colon >= 0)
        {
            fields.Set("pam_type", context[(colon + 1)..]);
        }

        Body(message, close + 3, fields);
        return true;
    }

    private static void Body(string message, int position, EventFields fields)
    {
        if (TextScan.Expect(message, ref position, "authentication failure;"))
        {
            fields.Set("event", "pam.auth_failure");
            TextScan.Pairs(message[position..], " ", fields);
        }
        else if (TextScan.Expect(message, ref position, "session opened for user "))
        {
            fields.Set("event", "session.opened");
            SessionOpened(message, position, fields);
        }
        else if (TextScan.Expect(message, ref position, "session closed for user "))
        {
            fields.Set("event", "session.closed");
            fields.Set("user", message[position..].Trim());
        }
        else if (TextScan.Expect(message, ref position, "password changed for "))
        {
            fields.Set("event", "password.changed");
            fields.Set("user", message[position..].Trim());
        }
        else if (TextScan.Expect(message, ref position, "check pass; user unknown"))
        {
            fields.Set("event", "pam.user_unknown");
        }
    }

    // "root(uid=0) by alice(uid=1000)", "alice(uid=1000) by (uid=0)", or before Linux-PAM 1.5 "root by alice(uid=1000)".
    private static void SessionOpened(string message, int position, EventFields fields)
    {
        var byAt = message.IndexOf(" by ", position, StringComparison.Ordinal);
        Who(byAt < 0 ? message[position..] : message[position..byAt], "user", "uid", fields);
        if (byAt >= 0)
        {
            Who(message[(byAt + 4)..], "by_user", "by_uid", fields);
        }
    }

    private static void Who(string text, string userField, string uidField, EventFields fields)
    {
        var open = text.IndexOf("(uid=", StringComparison.Ordinal);
        var name = (open < 0 ? text : text[..open]).Trim();
        if (name.Length > 0)
        {
            fields.Set(userField, name);
        }

        var close = open < 0 ? -1 : text.IndexOf(')', open);
        if (close > open)
        {
            fields.Set(uidField, text[(open + 5)..close]);
        }
    }
}
