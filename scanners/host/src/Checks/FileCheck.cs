using System.Globalization;
using Bulwark.Rules;
using Bulwark.Scanners.Host.Files;
using Bulwark.Scanners.Host.Model;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Host.Checks;

/// <summary><c>file: PATH</c> with <c>exists</c>, or with <c>mode</c> (at most), <c>owner</c> and <c>group</c>.</summary>
public sealed class FileCheck : ICheck
{
    private FileCheck(string path, bool? exists, int? mode, string? owner, string? group, CheckStatus missing)
    {
        Path = path;
        Exists = exists;
        Mode = mode;
        Owner = owner;
        Group = group;
        Missing = missing;
    }

    /// <summary>The path or glob.</summary>
    public string Path { get; }

    /// <summary>Whether the file must exist (true) or must not (false); null when only attributes are checked.</summary>
    public bool? Exists { get; }

    /// <summary>The most permissive mode allowed (permission bits plus setuid/setgid/sticky), or null.</summary>
    public int? Mode { get; }

    /// <summary>The required owner (a name or a uid), or null.</summary>
    public string? Owner { get; }

    /// <summary>The required group (a name or a gid), or null.</summary>
    public string? Group { get; }

    /// <summary>What a missing file means when attributes are checked.</summary>
    public CheckStatus Missing { get; }

    /// <summary>Reads the check from <paramref name="map"/>.</summary>
    public static FileCheck? Parse(YamlMap map)
    {
        var path = map.Text("file", required: true);
        var exists = map.Flag("exists");
        var modeText = map.Text("mode");
        int? mode = null;
        if (modeText is not null)
        {
            try
            {
                mode = Convert.ToInt32(modeText, 8);
            }
            catch (FormatException)
            {
                map.Problems.Add(new ConfigProblem(map.Where("mode"), $"mode must be octal like \"0640\", not '{modeText}'"));
            }
        }

        var owner = map.Text("owner");
        var group = map.Text("group");
        if (exists is null && modeText is null && owner is null && group is null)
        {
            map.Problems.Add(new ConfigProblem($"{map.File}:{map.Line}", "a file check needs exists, or mode/owner/group"));
        }

        var missing = MissingMeans.Read(map, CheckStatus.NotApplicable);
        return path is null ? null : new FileCheck(path, exists, mode, owner, group, missing);
    }

    /// <inheritdoc />
    public string Describe()
    {
        if (Exists is { } exists)
        {
            return $"{Path} {(exists ? "exists" : "does not exist")}";
        }

        var parts = new List<string>();
        if (Mode is { } mode)
        {
            parts.Add("mode at most " + Octal(mode));
        }

        if (Owner is not null)
        {
            parts.Add("owner " + Owner);
        }

        if (Group is not null)
        {
            parts.Add("group " + Group);
        }

        return $"{Path}: {string.Join(", ", parts)}";
    }

    /// <inheritdoc />
    public CheckOutcome Evaluate(CheckContext context)
    {
        var matches = Paths(context.Files, Path);
        if (Exists is { } exists)
        {
            if (exists)
            {
                return matches.Count > 0
                    ? CheckOutcome.Passed($"{matches[0]} exists", new Evidence(matches[0], 0, "exists", "exists"))
                    : CheckOutcome.Failed($"{Path} does not exist", new Evidence(Path, 0, "missing", "exists"));
            }

            return matches.Count == 0
                ? CheckOutcome.Passed($"{Path} does not exist")
                : CheckOutcome.Failed($"{string.Join(", ", matches.Take(5))} exist{(matches.Count == 1 ? "s" : "")}", [.. matches.Take(20).Select(m => new Evidence(m, 0, "exists", "absent"))]);
        }

        if (matches.Count == 0)
        {
            return MissingMeans.Outcome(Missing, $"{Path} does not exist", new Evidence(Path, 0, "missing", Describe()));
        }

        var uid = Owner is null ? null : Resolve(Owner, context.Users.UidOf);
        var gid = Group is null ? null : Resolve(Group, context.Users.GidOf);
        if ((Owner is not null && uid is null) || (Group is not null && gid is null))
        {
            return CheckOutcome.Errored($"the audited system has no {(uid is null && Owner is not null ? "user " + Owner : "group " + Group)} in /etc/passwd or /etc/group");
        }

        var wrong = new List<Evidence>();
        foreach (var path in matches)
        {
            if (context.Files.Stat(path) is not { } info)
            {
                continue;
            }

            var found = new List<string>();
            if (Mode is { } mode && (info.Mode & ~mode & 0b111_111_111_111) != 0)
            {
                found.Add("mode " + Octal(info.Mode));
            }

            if (uid is { } u && info.Uid != u)
            {
                found.Add("owner " + (context.Users.UserName(info.Uid) ?? info.Uid.ToString(CultureInfo.InvariantCulture)));
            }

            if (gid is { } g && info.Gid != g)
            {
                found.Add("group " + (context.Users.GroupName(info.Gid) ?? info.Gid.ToString(CultureInfo.InvariantCulture)));
            }

            if (found.Count > 0)
            {
                wrong.Add(new Evidence(path, 0, string.Join(", ", found), Describe()[(Path.Length + 2)..]));
            }
        }

        return wrong.Count == 0
            ? CheckOutcome.Passed($"{(matches.Count == 1 ? matches[0] : $"{matches.Count} files")}: {Describe()[(Path.Length + 2)..]}")
            : CheckOutcome.Failed($"{wrong[0].File} has {wrong[0].Found}{(wrong.Count > 1 ? $" (and {wrong.Count - 1} more)" : "")}", [.. wrong]);
    }

    /// <summary>The existing files a path or glob names.</summary>
    public static IReadOnlyList<string> Paths(IHostFiles files, string pathOrGlob) =>
        pathOrGlob.IndexOfAny(['*', '?', '[']) >= 0 ? files.Glob(pathOrGlob) : files.Stat(pathOrGlob) is null ? [] : [pathOrGlob];

    /// <summary>A mode as octal text: <c>0640</c>, <c>4755</c>.</summary>
    public static string Octal(int mode) => Convert.ToString(mode & 0b111_111_111_111, 8).PadLeft(4, '0');

    private static int? Resolve(string nameOrId, Func<string, int?> lookup) =>
        int.TryParse(nameOrId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : lookup(nameOrId);
}
