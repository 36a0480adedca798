namespace Bulwark.Scanners.Detection.Parsing.AuthLog;

/// <summary>
/// su's messages: util-linux's <c>(to TARGET) USER on TTY</c> (<c>su.success</c>) and <c>FAILED SU (to TARGET) USER on
/// TTY</c> (<c>su.failed</c>); shadow-utils' <c>Successful su for TARGET by USER</c>, <c>FAILED su for TARGET by
/// USER</c>, <c>+ TTY USER:TARGET</c> and <c>- TTY USER:TARGET</c>. Fields: <c>user</c> (who ran su),
/// <c>target_user</c>, <c>tty</c>.
/// </summary>
internal static class SuMessages
{
    public static bool TryRead(string message, EventFields fields)
    {
        var position = 0;
        if (TextScan.Expect(message, ref position, "FAILED SU "))
        {
            return UtilLinux(message, position, "su.failed", fields);
        }

        if (TextScan.Expect(message, ref position, "Successful su for "))
        {
            return ForBy(message, position, "su.success", fields);
        }

        if (TextScan.Expect(message, ref position, "FAILED su for "))
        {
            return ForBy(message, position, "su.failed", fields);
        }

        if (message.StartsWith("+ ", StringComparison.Ordinal) || message.StartsWith("- ", StringComparison.Ordinal))
        {
            return Shadow(message, fields);
        }

        return UtilLinux(message, 0, "su.success", fields);
    }

    private static bool UtilLinux(string message, int position, string name, EventFields fields)
    {
        var close = message.IndexOf(") ", position, StringComparison.Ordinal);
        var onAt = message.LastIndexOf(" on ", StringComparison.Ordinal);
        if (!TextScan.Expect(message, ref position, "(to ") || close < position || onAt < close)
        {
            return false;
        }

        fields.Set("event", name);
        fields.Set("target_user", message[position..close]);
        fields.Set("user", message[(close + 2)..onAt]);
        fields.Set("tty", message[(onAt + 4)..]);
        return true;
    }

    private static bool ForBy(string message, int position, string name, EventFields fields)
    {
        var byAt = message.IndexOf(" by ", position, StringComparison.Ordinal);
        if (byAt <= position)
        {
            return false;
        }

        fields.Set("event", name);
        fields.Set("target_user", message[position..byAt]);
        fields.Set("user", message[(byAt + 4)..]);
        return true;
    }

    private static bool Shadow(string message, EventFields fields)
    {
        var position = 2;
        var tty = TextScan.Word(message, ref position);
        var pair = message[Math.Min(position + 1, message.Length)..];
        var colon = pair.IndexOf(':', StringComparison.Ordinal);
        if (tty.Length == 0 || colon <= 0)
        {
            return false;
        }

        fields.Set("event", message[0] == '+' ? "su.success" : "su.failed");
        fields.Set("tty", tty);
        fields.Set("user", pair[..colon]);
        fields.Set("target_user", pair[(colon + 1)..]);
        return true;
    }
}
