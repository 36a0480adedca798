using System.Text.RegularExpressions;

namespace Bulwark.Scanners.Integrity.Meaning;

/// <summary>
/// One job of a crontab, whitespace collapsed, and its fact <c>schedule\tuser\tcommand</c>. The user is empty for a
/// user's own crontab, whose format has no user field: the file's name says whose it is.
/// </summary>
internal sealed partial record CronJob(string Schedule, string User, string Command)
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "@annually", "@daily", "@hourly", "@midnight", "@monthly", "@reboot", "@weekly", "@yearly",
    };

    /// <summary>
    /// The job on <paramref name="line"/>, or null for a blank, a comment, an environment setting (<c>PATH=...</c>) or a
    /// line cron would reject. <paramref name="withUser"/> is true for the system format (/etc/crontab, /etc/cron.d).
    /// </summary>
    public static CronJob? Parse(string line, bool withUser)
    {
        var text = line.Trim();
        if (text.Length == 0 || text[0] == '#' || Assignment().IsMatch(text))
        {
            return null;
        }
        var words = FactText.Words(text);
        var timeFields = words[0].StartsWith('@') ? 1 : 5;
        var need = timeFields + (withUser ? 1 : 0) + 1;
        if (words.Length < need || !IsSchedule(words.AsSpan(0, timeFields)))
        {
            return null;
        }
        var user = withUser ? words[timeFields] : "";
        var command = string.Join(' ', words[(need - 1)..]);
        return new(string.Join(' ', words[..timeFields]), user, command);
    }

    /// <summary>The job a fact holds; fields a damaged fact lacks read as empty.</summary>
    public static CronJob FromFact(string fact)
    {
        var f = FactText.Fields(fact, 3);
        return new(f[0], f[1], string.Join(' ', f[2..]));
    }

    /// <summary>The fact the baseline keeps.</summary>
    public string ToFact() => $"{Schedule}\t{User}\t{Command}";

    /// <summary>The job as one normalised crontab line: what a change is about.</summary>
    public string Line => User.Length == 0 ? $"{Schedule} {Command}" : $"{Schedule} {User} {Command}";

    private static bool IsSchedule(ReadOnlySpan<string> fields)
    {
        if (fields.Length == 1)
        {
            return Keywords.Contains(fields[0]);
        }
        // The minute field is numeric or "*"; the others may also name months and days (jan, mon).
        if (!char.IsAsciiDigit(fields[0][0]) && fields[0][0] != '*')
        {
            return false;
        }
        foreach (var field in fields)
        {
            if (!TimeField().IsMatch(field))
            {
                return false;
            }
        }
        return true;
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*\s*=")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"^[0-9A-Za-z*,/~-]+$")]
    private static partial Regex TimeField();
}
