using System.Globalization;
using System.Text.RegularExpressions;
using Bulwark.Scanners.Host.Files;
using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Accounts;

/// <summary><c>no-shell-system</c>: accounts that run services should not be able to get an interactive shell.</summary>
internal static partial class SystemShellCheck
{
    private const long DefaultUidMin = 1000;

    // Accounts whose shell is the action itself: logging in as them syncs disks or stops the machine.
    private static readonly HashSet<string> Exempt = new(StringComparer.Ordinal) { "root", "sync", "shutdown", "halt" };

    /// <summary>
    /// Fails for every account below UID_MIN (from /etc/login.defs, 1000 when unset) other than root, sync, shutdown
    /// and halt whose shell is not a nologin or false program. An empty shell field means /bin/sh.
    /// </summary>
    internal static CheckOutcome Evaluate(IHostFiles files, AccountFile<PasswdEntry> passwd)
    {
        var uidMin = UidMin(files);
        var failures = passwd.Entries
            .Where(entry => entry.Uid < uidMin && !Exempt.Contains(entry.Name) && !IsNoLogin(entry.Shell))
            .Select(entry => new Evidence(
                passwd.Path,
                entry.Line,
                $"system account {entry.Name} (uid {entry.Uid}) has shell {(entry.Shell.Length == 0 ? "(empty, meaning /bin/sh)" : entry.Shell)}",
                "/usr/sbin/nologin or /bin/false"))
            .ToList();
        return AccountVerdict.Of(
            failures,
            count => $"{AccountVerdict.Plural(count, "system account")} (uid below {uidMin}) can log in with a shell",
            $"no system account (uid below {uidMin}) other than root, sync, shutdown and halt has a login shell",
            passwd.BadLines);
    }

    private static bool IsNoLogin(string shell)
    {
        var program = shell[(shell.LastIndexOf('/') + 1)..];
        return program is "nologin" or "false";
    }

    private static long UidMin(IHostFiles files)
    {
        var text = files.ReadText("/etc/login.defs").Text;
        if (text is null)
        {
            return DefaultUidMin;
        }

        // login.defs: the last UID_MIN line wins, as shadow-utils reads it.
        var value = UidMinLine().Matches(text).LastOrDefault()?.Groups[1].Value;
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var uidMin) ? uidMin : DefaultUidMin;
    }

    [GeneratedRegex(@"^[ \t]*UID_MIN[ \t]+(\d+)[ \t]*\r?$", RegexOptions.Multiline)]
    private static partial Regex UidMinLine();
}
