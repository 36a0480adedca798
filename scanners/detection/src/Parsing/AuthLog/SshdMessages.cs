namespace Bulwark.Scanners.Detection.Parsing.AuthLog;

/// <summary>
/// OpenSSH's authentication messages (sshd, and sshd-session / sshd-auth since OpenSSH 9.8):
/// <list type="bullet">
/// <item><c>Failed|Accepted METHOD for [invalid user ]USER from IP port N ssh2[: KEYTYPE FINGERPRINT]</c> →
/// <c>ssh.failed</c> / <c>ssh.accepted</c> with <c>auth_method</c>, <c>user</c>, <c>invalid_user</c>, <c>src_ip</c>,
/// <c>src_port</c>, <c>protocol</c>, <c>key_type</c>, <c>key_fingerprint</c>.</item>
/// <item><c>error: maximum authentication attempts exceeded for …</c> → <c>ssh.max_attempts</c>, same fields.</item>
/// <item><c>Invalid user USER from IP port N</c> → <c>ssh.invalid_user</c>.</item>
/// <item><c>Connection closed by|Connection reset by|Disconnected from [authenticating |invalid ]user USER IP port N [preauth]</c>
/// → <c>ssh.connection_closed</c> / <c>ssh.connection_reset</c> / <c>ssh.disconnected</c> with <c>user</c>,
/// <c>invalid_user</c>, <c>src_ip</c>, <c>src_port</c>, <c>preauth</c>.</item>
/// <item><c>Received disconnect from IP port N:CODE: REASON</c> → <c>ssh.disconnect_received</c> with <c>reason_code</c>, <c>reason</c>.</item>
/// <item><c>Did not receive identification string from IP port N</c> → <c>ssh.no_identification</c>.</item>
/// </list>
/// </summary>
internal static class SshdMessages
{
    public static bool TryRead(string message, EventFields fields)
    {
        var position = 0;
        if (TextScan.Expect(message, ref position, "Failed "))
        {
            return Attempt(message, position, "ssh.failed", fields);
        }

        if (TextScan.Expect(message, ref position, "Accepted "))
        {
            return Attempt(message, position, "ssh.accepted", fields);
        }

        if (TextScan.Expect(message, ref position, "error: maximum authentication attempts exceeded for "))
        {
            return UserFrom(message, position, "ssh.max_attempts", invalid: false, fields);
        }

        if (TextScan.Expect(message, ref position, "Invalid user "))
        {
            return UserFrom(message, position, "ssh.invalid_user", invalid: true, fields);
        }

        if (TextScan.Expect(message, ref position, "Connection closed by "))
        {
            return Closed(message, position, "ssh.connection_closed", fields);
        }

        if (TextScan.Expect(message, ref position, "Connection reset by "))
        {
            return Closed(message, position, "ssh.connection_reset", fields);
        }

        if (TextScan.Expect(message, ref position, "Disconnected from "))
        {
            return Closed(message, position, "ssh.disconnected", fields);
        }

        if (TextScan.Expect(message, ref position, "Received disconnect from "))
        {
            return ReceivedDisconnect(message, position, fields);
        }

        return TextScan.Expect(message, ref position, "Did not receive identification string from ")
            && Endpoint(message, position, "ssh.no_identification", fields);
    }

    private static bool Attempt(string message, int position, string name, EventFields fields)
    {
        var forAt = message.IndexOf(" for ", position, StringComparison.Ordinal);
        if (forAt <= position || !UserFrom(message, forAt + 5, name, invalid: false, fields))
        {
            return false;
        }

        fields.Set("auth_method", message[position..forAt]);
        return true;
    }

    // "[invalid user ]USER from IP[ port N][ ssh2][: KEYTYPE FINGERPRINT][ [preauth]]". The last " from " is the
    // real one: an invalid user name is whatever the client sent, " from " included.
    private static bool UserFrom(string message, int position, string name, bool invalid, EventFields fields)
    {
        var fromAt = message.LastIndexOf(" from ", StringComparison.Ordinal);
        if (fromAt < position - 1)
        {
            return false;
        }

        var user = fromAt < position ? "" : message[position..fromAt];
        var start = 0;
        if (TextScan.Expect(user, ref start, "invalid user "))
        {
            invalid = true;
            user = user[start..];
        }

        position = fromAt + 6;
        var ip = TextScan.Word(message, ref position);
        if (ip.Length == 0)
        {
            return false;
        }

        fields.Set("event", name);
        fields.Set("user", user);
        fields.Set("invalid_user", invalid ? "true" : "false");
        fields.Set("src_ip", ip);
        Port(message, ref position, fields);
        Tail(message, position, fields);
        return true;
    }

    // "[authenticating |invalid ]user USER IP port N[ [preauth]]" or "IP port N[ [preauth]]".
    private static bool Closed(string message, int position, string name, EventFields fields)
    {
        var portAt = message.LastIndexOf(" port ", StringComparison.Ordinal);
        if (portAt <= position)
        {
            return false;
        }

        var ipStart = Math.Max(position, message.LastIndexOf(' ', portAt - 1) + 1);
        var who = ipStart > position ? message[position..(ipStart - 1)] : "";
        var start = 0;
        var invalid = TextScan.Expect(who, ref start, "invalid user ");
        if (invalid || TextScan.Expect(who, ref start, "authenticating user ") || TextScan.Expect(who, ref start, "user "))
        {
            fields.Set("user", who[start..]);
            fields.Set("invalid_user", invalid ? "true" : "false");
        }

        fields.Set("event", name);
        fields.Set("src_ip", message[ipStart..portAt]);
        position = portAt;
        Port(message, ref position, fields);
        Tail(message, position, fields);
        return true;
    }

    private static bool ReceivedDisconnect(string message, int position, EventFields fields)
    {
        var ip = TextScan.Word(message, ref position);
        if (ip.Length == 0)
        {
            return false;
        }

        fields.Set("event", "ssh.disconnect_received");
        fields.Set("src_ip", ip);
        Port(message, ref position, fields);
        if (TextScan.Expect(message, ref position, ":") && TextScan.Number(message, ref position, out var code))
        {
            fields.Set("reason_code", code);
            TextScan.Expect(message, ref position, ": ");
            var reason = message[position..];
            fields.Set("reason", Preauth(reason, fields));
        }

        return true;
    }

    private static bool Endpoint(string message, int position, string name, EventFields fields)
    {
        var ip = TextScan.Word(message, ref position);
        if (ip.Length == 0)
        {
            return false;
        }

        fields.Set("event", name);
        fields.Set("src_ip", ip);
        Port(message, ref position, fields);
        return true;
    }

    private static void Port(string message, ref int position, EventFields fields)
    {
        if (TextScan.Expect(message, ref position, " port ") && TextScan.Number(message, ref position, out var port))
        {
            fields.Set("src_port", port);
        }
    }

    // What follows the endpoint: " ssh2", ": RSA SHA256:…" (the key of a publickey attempt), " [preauth]".
    private static void Tail(string message, int position, EventFields fields)
    {
        var rest = Preauth(message[position..], fields).Trim();
        var colon = rest.IndexOf(": ", StringComparison.Ordinal);
        var protocol = colon < 0 ? rest : rest[..colon];
        if (protocol.Length > 0)
        {
            fields.Set("protocol", protocol);
        }

        if (colon < 0)
        {
            return;
        }

        var key = rest[(colon + 2)..];
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        fields.Set("key_type", space < 0 ? key : key[..space]);
        if (space > 0)
        {
            fields.Set("key_fingerprint", key[(space + 1)..]);
        }
    }

    private static string Preauth(string text, EventFields fields)
    {
        const string Marker = " [preauth]";
        if (!text.EndsWith(Marker, StringComparison.Ordinal))
        {
            return text;
        }

        fields.Set("preauth", "true");
        return text[..^Marker.Length];
    }
}
