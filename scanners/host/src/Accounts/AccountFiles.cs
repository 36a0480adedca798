using System.Globalization;
using Bulwark.Scanners.Host.Files;
using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Accounts;

/// <summary>
/// Reads the account databases of the audited system the way glibc's files backend does: one entry a line, fields
/// separated by <c>:</c>, blank lines, <c>#</c> comments and NIS <c>+</c>/<c>-</c> lines skipped.
/// </summary>
internal static class AccountFiles
{
    /// <summary>The audited system's user database.</summary>
    public const string PasswdPath = "/etc/passwd";

    /// <summary>The audited system's password hashes.</summary>
    public const string ShadowPath = "/etc/shadow";

    /// <summary>The audited system's group database.</summary>
    public const string GroupPath = "/etc/group";

    /// <summary>The accounts of /etc/passwd (seven fields, numeric uid and gid).</summary>
    public static AccountFile<PasswdEntry> ReadPasswd(IHostFiles files) =>
        Read(files, PasswdPath, "name:password:uid:gid:gecos:home:shell", (fields, line) =>
            fields.Length == 7 && Id(fields[2]) is { } uid && Id(fields[3]) is { } gid && fields[0].Length > 0
                ? new PasswdEntry(fields[0], fields[1], uid, gid, fields[6], line)
                : null);

    /// <summary>The password fields of /etc/shadow (at least name and password).</summary>
    public static AccountFile<ShadowEntry> ReadShadow(IHostFiles files) =>
        Read(files, ShadowPath, "name:password:… (up to nine fields)", (fields, line) =>
            fields.Length is >= 2 and <= 9 && fields[0].Length > 0 ? new ShadowEntry(fields[0], fields[1], line, fields[2..]) : null);

    /// <summary>The groups of /etc/group (name, password, numeric gid, members).</summary>
    public static AccountFile<GroupEntry> ReadGroup(IHostFiles files) =>
        Read(files, GroupPath, "name:password:gid:members", (fields, line) =>
            fields.Length == 4 && Id(fields[2]) is { } gid && fields[0].Length > 0 ? new GroupEntry(fields[0], gid, line) : null);

    private static AccountFile<T> Read<T>(IHostFiles files, string path, string format, Func<string[], int, T?> parse)
        where T : class
    {
        var read = files.ReadText(path);
        if (read.Text is null)
        {
            return new AccountFile<T>(path, [], read.Missing, read.Missing ? null : read.Problem ?? "it could not be read", []);
        }

        var entries = new List<T>();
        var bad = new List<Evidence>();
        var lines = read.Text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#') || line.StartsWith('+') || line.StartsWith('-'))
            {
                continue;
            }

            var entry = parse(line.Split(':'), index + 1);
            if (entry is null)
            {
                // The line's text is left out on purpose: a shadow line, or a passwd line of an old system, holds a hash.
                bad.Add(new Evidence(path, index + 1, "a line that is not in the file's format", format));
                continue;
            }

            entries.Add(entry);
        }

        return new AccountFile<T>(path, entries, false, null, bad);
    }

    private static long? Id(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id <= uint.MaxValue ? id : null;
}
