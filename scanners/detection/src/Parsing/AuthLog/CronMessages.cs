namespace Bulwark.Scanners.Detection.Parsing.AuthLog;

/// <summary>cron's <c>(USER) CMD (COMMAND)</c> → <c>cron.command</c> with <c>user</c> and <c>command</c> (trimmed).</summary>
internal static class CronMessages
{
    public static bool TryRead(string message, EventFields fields)
    {
        var position = 0;
        var close = message.IndexOf(") CMD (", StringComparison.Ordinal);
        if (!TextScan.Expect(message, ref position, "(") || close < position || !message.EndsWith(')'))
        {
            return false;
        }

        fields.Set("event", "cron.command");
        fields.Set("user", message[position..close]);
        fields.Set("command", message[(close + 7)..^1].Trim());
        return true;
    }
}
