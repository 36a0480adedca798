namespace Bulwark.Scanners.Detection.Parsing.AuthLog;

/// <summary>
/// sudo's log line, <c>USER : [REASON ; ]TTY=… ; PWD=… ; USER=… ; [GROUP=… ; ][ENV=… ; ]COMMAND=…</c> (the user name
/// is right-aligned with spaces by sudo 1.9): <c>sudo.command</c> when no reason is given, <c>sudo.failed</c> with
/// <c>reason</c> otherwise (<c>3 incorrect password attempts</c>, <c>user NOT in sudoers</c>, <c>command not allowed</c>).
/// Fields: <c>user</c> (who ran sudo), <c>tty</c>, <c>pwd</c>, <c>target_user</c>, <c>target_group</c>, <c>env</c>,
/// <c>tsid</c>, <c>command</c>.
/// </summary>
internal static class SudoMessages
{
    private const string CommandKey = "COMMAND=";

    public static bool TryRead(string message, EventFields fields)
    {
        var text = message.TrimStart();
        var colon = text.IndexOf(" : ", StringComparison.Ordinal);
        // The command is last and may itself contain " ; ", so it is cut off before the rest is split.
        var commandAt = text.IndexOf(CommandKey, StringComparison.Ordinal);
        if (colon <= 0 || commandAt < colon)
        {
            return false;
        }

        fields.Set("user", text[..colon]);
        fields.Set("command", text[(commandAt + CommandKey.Length)..]);
        string? reason = null;
        foreach (var part in text[(colon + 3)..commandAt].Split(" ; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !IsKey(part.AsSpan(0, equals)))
            {
                reason = reason is null ? part : reason + "; " + part;
                continue;
            }

            fields.Set(FieldOf(part[..equals]), part[(equals + 1)..]);
        }

        fields.Set("event", reason is null ? "sudo.command" : "sudo.failed");
        if (reason is not null)
        {
            fields.Set("reason", reason);
        }

        return true;
    }

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        foreach (var c in key)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string FieldOf(string key) => key switch
    {
        "USER" => "target_user",
        "GROUP" => "target_group",
        _ => key.ToLowerInvariant(),
    };
}
