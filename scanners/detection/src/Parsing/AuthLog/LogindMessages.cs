namespace Bulwark.Scanners.Detection.Parsing.AuthLog;

/// <summary>
/// systemd-logind's session messages: <c>New session N of user X.</c> (systemd 256 and later quote them and add
/// <c>with class 'C' and type 'T'</c>) → <c>logind.session_new</c> with <c>session_id</c>, <c>user</c>,
/// <c>session_class</c>, <c>session_type</c>; <c>Session N logged out. …</c> → <c>logind.session_logout</c>;
/// <c>Removed session N.</c> → <c>logind.session_removed</c>.
/// </summary>
internal static class LogindMessages
{
    public static bool TryRead(string message, EventFields fields)
    {
        var position = 0;
        if (TextScan.Expect(message, ref position, "New session "))
        {
            return NewSession(message, position, fields);
        }

        if (TextScan.Expect(message, ref position, "Removed session "))
        {
            fields.Set("event", "logind.session_removed");
            fields.Set("session_id", Unquote(message[position..].TrimEnd('.')));
            return true;
        }

        var logout = message.IndexOf(" logged out.", StringComparison.Ordinal);
        if (TextScan.Expect(message, ref position, "Session ") && logout > position)
        {
            fields.Set("event", "logind.session_logout");
            fields.Set("session_id", Unquote(message[position..logout]));
            return true;
        }

        return false;
    }

    private static bool NewSession(string message, int position, EventFields fields)
    {
        var ofAt = message.IndexOf(" of user ", position, StringComparison.Ordinal);
        if (ofAt <= position)
        {
            return false;
        }

        fields.Set("event", "logind.session_new");
        fields.Set("session_id", Unquote(message[position..ofAt]));
        var rest = message[(ofAt + 9)..].TrimEnd('.');
        var withAt = rest.IndexOf(" with class ", StringComparison.Ordinal);
        fields.Set("user", Unquote(withAt < 0 ? rest : rest[..withAt]));
        if (withAt < 0)
        {
            return true;
        }

        var typeAt = rest.IndexOf(" and type ", withAt, StringComparison.Ordinal);
        fields.Set("session_class", Unquote(typeAt < 0 ? rest[(withAt + 12)..] : rest[(withAt + 12)..typeAt]));
        if (typeAt > 0)
        {
            fields.Set("session_type", Unquote(rest[(typeAt + 10)..]));
        }

        return true;
    }

    private static string Unquote(string text) =>
        text.Length >= 2 && text[0] == '\'' && text[^1] == '\'' ? text[1..^1] : text;
}
