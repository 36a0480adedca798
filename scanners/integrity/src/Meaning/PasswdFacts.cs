using Bulwark.Scanners.Integrity.Changes;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Integrity.Meaning;

/// <summary>
/// The accounts in /etc/passwd: one fact per account, <c>name\tuid\tgid\thome\tshell\tpassword</c>, where password is
/// only the field's state (<c>shadow</c>, <c>empty</c>, <c>locked</c>, <c>hash</c>), never its content.
/// </summary>
internal sealed class PasswdFacts : IFactReader
{
    // The name of each field of a fact, as a change's details name it.
    private static readonly string[] Fields = ["name", "uid", "gid", "home", "shell", "password"];

    public string Id => "passwd";

    public bool Wants(string path) => path == "/etc/passwd";

    public IReadOnlyList<string> Read(ReadOnlySpan<byte> content)
    {
        var facts = new List<string>();
        foreach (var line in FactText.Lines(content))
        {
            var f = line.Split(':');
            // NIS "+" and "-" lines have no numeric ids and are skipped with every other line that is not an account.
            if (f.Length < 7 || f[0].Length == 0 || !IsNumber(f[2]) || !IsNumber(f[3]))
            {
                continue;
            }
            facts.Add(string.Join('\t', FactText.Clean(f[0]), f[2], f[3], FactText.Clean(f[5]), FactText.Clean(f[6]), State(f[1])));
        }
        return FactText.Sorted(facts);
    }

    public IEnumerable<Change> Compare(string path, IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        foreach (var (old, now) in FactDiff.ByKey(before, after, FactText.Key))
        {
            if (old is null)
            {
                yield return Added(path, FactText.Fields(now!, Fields.Length));
            }
            else if (now is null)
            {
                yield return Removed(path, FactText.Fields(old, Fields.Length));
            }
            else
            {
                foreach (var change in Changed(path, FactText.Fields(old, Fields.Length), FactText.Fields(now, Fields.Length)))
                {
                    yield return change;
                }
            }
        }
    }

    private static Change Added(string path, string[] f)
    {
        var rights = f[1] == "0" ? " with uid 0 (root's rights)" : $" (uid {f[1]})";
        var password = f[5] != "empty" ? "" : f[1] == "0" ? " and an empty password" : " with an empty password";
        var details = new List<ChangeDetail> { new("user", null, f[0]), new("uid", null, f[1]), new("gid", null, f[2]), new("home", null, f[3]), new("shell", null, f[4]) };
        if (f[5] is not ("shadow" or ""))
        {
            details.Add(new("password", null, f[5]));
        }
        return new(path, ChangeKinds.UserAdded, f[0], $"new account {f[0]}{rights}{password} in {path}", details);
    }

    private static Change Removed(string path, string[] f) =>
        new(path, ChangeKinds.UserRemoved, f[0], $"account {f[0]} removed from {path}",
            [new("user", f[0], null), new("uid", f[1], null), new("gid", f[2], null), new("home", f[3], null), new("shell", f[4], null)]);

    private static IEnumerable<Change> Changed(string path, string[] old, string[] now)
    {
        var name = now[0];
        if (old[1] != now[1])
        {
            var rights = now[1] == "0" ? " (root's rights)" : "";
            yield return new(path, ChangeKinds.UidChanged, name,
                $"account {name}'s uid changed from {old[1]} to {now[1]}{rights} in {path}", [new("user", null, name), new("uid", old[1], now[1])]);
        }
        if (old[5] != now[5])
        {
            var message = now[5] == "empty"
                ? $"account {name} in {path} now has an empty password: it logs in without one"
                : $"account {name}'s password field in {path} changed from {old[5]} to {now[5]}";
            yield return new(path, ChangeKinds.PasswordChanged, name, message, [new("user", null, name), new("password", old[5], now[5])]);
        }
        var moved = new List<ChangeDetail>();
        var user = new ChangeDetail("user", null, name);
        for (var i = 2; i <= 4; i++)
        {
            if (old[i] != now[i])
            {
                moved.Add(new(Fields[i], old[i], now[i]));
            }
        }
        if (moved.Count > 0)
        {
            var names = string.Join(" and ", moved.Select(d => d.Name));
            yield return new(path, ChangeKinds.Modified, name, $"account {name}'s {names} changed in {path}", [user, .. moved]);
        }
    }

    private static string State(string password) => password switch
    {
        "x" => "shadow",
        "" => "empty",
        _ when password[0] is '!' or '*' => "locked",
        _ => "hash",
    };

    private static bool IsNumber(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);
}
