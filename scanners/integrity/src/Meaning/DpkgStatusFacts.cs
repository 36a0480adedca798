using Bulwark.Scanners.Integrity.Changes;

namespace Bulwark.Scanners.Integrity.Meaning;

/// <summary>
/// The installed packages in dpkg's status database: one fact per package, <c>name:arch\tversion</c>. A package counts
/// while its files are on disk (status <c>installed</c>, or only waiting for triggers), whatever is selected for it;
/// <c>config-files</c> and <c>not-installed</c> stanzas are packages already gone.
/// </summary>
internal sealed class DpkgStatusFacts : IFactReader
{
    private static readonly HashSet<string> OnDisk = new(StringComparer.Ordinal) { "installed", "triggers-awaited", "triggers-pending" };

    public string Id => "dpkg-status";

    public bool Wants(string path) => path == "/var/lib/dpkg/status";

    public IReadOnlyList<string> Read(ReadOnlySpan<byte> content)
    {
        var facts = new List<string>();
        var stanza = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in FactText.Lines(content).Append(""))
        {
            if (line.Trim().Length == 0)
            {
                if (Fact(stanza) is { } fact)
                {
                    facts.Add(fact);
                }
                stanza.Clear();
                continue;
            }
            // Continuation lines (a description's body, a conffile list) start with whitespace and hold nothing needed here.
            var colon = line.IndexOf(':');
            if (char.IsWhiteSpace(line[0]) || colon <= 0)
            {
                continue;
            }
            stanza[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return FactText.Sorted(facts);
    }

    public IEnumerable<Change> Compare(string path, IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        foreach (var (old, now) in FactDiff.ByKey(before, after, FactText.Key))
        {
            if (old is null)
            {
                var f = FactText.Fields(now!, 2);
                yield return new(path, ChangeKinds.PackageInstalled, f[0], $"package {f[0]} {f[1]} was installed", [new("package", null, f[0]), new("version", null, f[1])]);
            }
            else if (now is null)
            {
                var f = FactText.Fields(old, 2);
                yield return new(path, ChangeKinds.PackageRemoved, f[0], $"package {f[0]} {f[1]} was removed", [new("package", f[0], null), new("version", f[1], null)]);
            }
            else
            {
                var (o, n) = (FactText.Fields(old, 2), FactText.Fields(now, 2));
                var order = DpkgVersion.Compare(o[1], n[1]);
                var verb = order < 0 ? "upgraded" : order > 0 ? "downgraded" : "changed";
                yield return new(path, ChangeKinds.PackageChanged, n[0], $"package {n[0]} {verb} from {o[1]} to {n[1]}",
                    [new("package", null, n[0]), new("version", o[1], n[1])]);
            }
        }
    }

    private static string? Fact(Dictionary<string, string> stanza)
    {
        if (!stanza.TryGetValue("Package", out var name) || name.Length == 0
            || !stanza.TryGetValue("Version", out var version) || version.Length == 0
            || !stanza.TryGetValue("Status", out var status))
        {
            return null;
        }
        // Status is "want error state" (dpkg-query(1)); an error flag other than ok means dpkg is mid-way and unsure.
        var words = FactText.Words(status);
        if (words.Length != 3 || words[1] != "ok" || !OnDisk.Contains(words[2]))
        {
            return null;
        }
        var key = stanza.TryGetValue("Architecture", out var arch) && arch.Length > 0 ? $"{name}:{arch}" : name;
        return $"{FactText.Clean(key)}\t{FactText.Clean(version)}";
    }
}
