using System.Security.Cryptography;
using System.Text;
using Bulwark.Scanners.Integrity.Changes;

namespace Bulwark.Scanners.Integrity.Meaning;

/// <summary>
/// The passwords in /etc/shadow, without the passwords: one fact per account, <c>name\tstate\tdigest</c>. The state is
/// <c>locked</c>, <c>empty</c> or <c>password</c>; the digest is the first 16 hex digits of the SHA-256 of the hash
/// field, enough to see that it changed and useless for cracking, so the baseline never holds a hash.
/// </summary>
internal sealed class ShadowFacts : IFactReader
{
    public string Id => "shadow";

    public bool Wants(string path) => path == "/etc/shadow";

    public IReadOnlyList<string> Read(ReadOnlySpan<byte> content)
    {
        var facts = new List<string>();
        foreach (var line in FactText.Lines(content))
        {
            var f = line.Split(':');
            if (f.Length < 2 || f[0].Length == 0 || f[0][0] is '+' or '-' or '#')
            {
                continue;
            }
            facts.Add(string.Join('\t', FactText.Clean(f[0]), State(f[1]), Digest(f[1])));
        }
        return FactText.Sorted(facts);
    }

    public IEnumerable<Change> Compare(string path, IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        foreach (var (old, now) in FactDiff.ByKey(before, after, FactText.Key))
        {
            if (old is null)
            {
                var f = FactText.Fields(now!, 3);
                var password = f[1] == "empty" ? " with an empty password" : "";
                yield return new(path, ChangeKinds.UserAdded, f[0], $"new account {f[0]}{password} in {path}", [new("user", null, f[0]), new("state", null, f[1])]);
            }
            else if (now is null)
            {
                var f = FactText.Fields(old, 3);
                yield return new(path, ChangeKinds.UserRemoved, f[0], $"account {f[0]} removed from {path}", [new("user", f[0], null), new("state", f[1], null)]);
            }
            else
            {
                yield return Changed(path, FactText.Fields(old, 3), FactText.Fields(now, 3));
            }
        }
    }

    private static Change Changed(string path, string[] old, string[] now)
    {
        var name = now[0];
        var message = (old[1], now[1]) switch
        {
            (not "empty", "empty") => $"account {name}'s password was emptied in {path}: it logs in without one",
            (not "locked", "locked") => $"account {name} was locked in {path}",
            ("locked", "password") => $"account {name} was unlocked in {path}",
            _ => $"account {name}'s password changed in {path}",
        };
        return new(path, ChangeKinds.PasswordChanged, name, message, [new("user", null, name), new("state", old[1], now[1])]);
    }

    private static string State(string hash) => hash.Length == 0 ? "empty" : hash[0] is '!' or '*' ? "locked" : "password";

    private static string Digest(string hash) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hash)))[..16];
}
