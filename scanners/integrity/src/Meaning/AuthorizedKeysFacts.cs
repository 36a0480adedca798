using Bulwark.Scanners.Integrity.Changes;

namespace Bulwark.Scanners.Integrity.Meaning;

/// <summary>
/// The keys in an account's authorized_keys: one fact per key, <c>type\tSHA256:fingerprint\tcomment</c>. The fingerprint
/// names the key as <c>ssh-keygen -l</c> does, so the baseline never needs the key itself.
/// </summary>
internal sealed class AuthorizedKeysFacts : IFactReader
{
    public string Id => "authorized-keys";

    public bool Wants(string path) =>
        path.EndsWith("/.ssh/authorized_keys", StringComparison.Ordinal) || path.EndsWith("/.ssh/authorized_keys2", StringComparison.Ordinal);

    public IReadOnlyList<string> Read(ReadOnlySpan<byte> content)
    {
        var facts = new List<string>();
        foreach (var line in FactText.Lines(content))
        {
            if (SshKeyLine.Parse(line) is { } key)
            {
                facts.Add(string.Join('\t', key.Type, key.Fingerprint, key.Comment));
            }
        }
        return FactText.Sorted(facts);
    }

    public IEnumerable<Change> Compare(string path, IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        // Keys are compared by fingerprint alone: the same key under another comment, or listed twice, is the same access.
        var old = ByFingerprint(before);
        var now = ByFingerprint(after);
        foreach (var (fingerprint, f) in old.Where(k => !now.ContainsKey(k.Key)))
        {
            yield return new(path, ChangeKinds.AuthorizedKeyRemoved, fingerprint, $"SSH key {fingerprint} ({What(f)}) removed from {path}",
                [new("type", f[0], null), new("fingerprint", fingerprint, null), new("comment", f[2], null)]);
        }
        foreach (var (fingerprint, f) in now.Where(k => !old.ContainsKey(k.Key)))
        {
            yield return new(path, ChangeKinds.AuthorizedKeyAdded, fingerprint, $"new SSH key {fingerprint} ({What(f)}) authorized in {path}",
                [new("type", null, f[0]), new("fingerprint", null, fingerprint), new("comment", null, f[2])]);
        }
    }

    private static SortedDictionary<string, string[]> ByFingerprint(IReadOnlyList<string> facts)
    {
        var keys = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            var f = FactText.Fields(fact, 3);
            keys.TryAdd(f[1], f);
        }
        return keys;
    }

    private static string What(string[] f) => f[2].Length == 0 ? f[0] : $"{f[0]}, {f[2]}";
}
