using System.Globalization;
using Bulwark.Scanners.Integrity.Changes;
using Bulwark.Scanners.Integrity.Meaning;
using Bulwark.Scanners.Integrity.Policy;
using Bulwark.Scanners.Integrity.Recording;
using Bulwark.Scanners.Integrity.Walking;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Integrity.Checking;

/// <summary>
/// Says what the difference between a path's baseline entry and what is there now means. A change a fact reader or a
/// path explains (a new account, an enabled unit, a new setuid program) is reported as that instead of as bare bytes.
/// </summary>
internal static class ChangeDetector
{
    private const int SetUid = 0x800;
    private const int SetGid = 0x400;

    // Content-only attributes: when a well-known file's facts explain the change, these differing is expected.
    private static readonly HashSet<string> ExplainedByFacts = ["sha256", "size", "mtime", "ctime", "inode", "links"];

    public static IEnumerable<Change> Compare(Entry? before, Entry? after)
    {
        if (after is null)
        {
            return before is null ? [] : Removed(before);
        }

        return before is null ? Added(after) : Changed(before, after);
    }

    private static List<Change> Added(Entry after)
    {
        var changes = new List<Change>();
        if (after.Type == FileType.File && (after.Mode & SetUid) != 0)
        {
            changes.Add(new Change(after.Path, ChangeKinds.SuidAdded, "", $"new set-user-id program {after.Path} (owner uid {after.Uid})", [new("mode", null, Octal(after.Mode)), new("owner", null, Number(after.Uid))]));
        }

        if (after.Type == FileType.File && (after.Mode & SetGid) != 0)
        {
            changes.Add(new Change(after.Path, ChangeKinds.SgidAdded, "", $"new set-group-id program {after.Path} (group gid {after.Gid})", [new("mode", null, Octal(after.Mode)), new("group", null, Number(after.Gid))]));
        }

        if (after.Type is FileType.File or FileType.SymbolicLink && ServicePaths.Meaning(after.Path) is { } service)
        {
            changes.Add(new Change(after.Path, ChangeKinds.ServiceAdded, "", $"{service}: {after.Path}", Describe(after, "unit", after.Path[(after.Path.LastIndexOf('/') + 1)..])));
        }

        if (after.Facts is { } facts && FactReaders.For(after.Path) is { } reader)
        {
            changes.AddRange(reader.Compare(after.Path, [], facts.Values));
        }

        if (changes.Count == 0)
        {
            changes.Add(new Change(after.Path, ChangeKinds.Added, "", $"{Noun(after.Type)} added: {after.Path}", Describe(after)));
        }

        return changes;
    }

    private static List<Change> Removed(Entry before)
    {
        var changes = new List<Change> { new(before.Path, ChangeKinds.Removed, "", $"{Noun(before.Type)} removed: {before.Path}", Describe(before)) };
        if (before.Facts is { } facts && FactReaders.For(before.Path) is { } reader)
        {
            changes.AddRange(reader.Compare(before.Path, facts.Values, []));
        }

        return changes;
    }

    private static List<Change> Changed(Entry before, Entry after)
    {
        var changes = new List<Change>();
        if (before.Type != after.Type && after.Type != FileType.Unknown)
        {
            changes.Add(new Change(after.Path, ChangeKinds.TypeChanged, "", $"{after.Path} was a {Noun(before.Type)} and is now a {Noun(after.Type)}",
                [new("type", Noun(before.Type), Noun(after.Type)), .. after.Target is null ? Array.Empty<ChangeDetail>() : [new ChangeDetail("target", null, after.Target)]]));
            return changes;
        }

        var rule = before.Attributes;
        var content = ContentDetails(before, after, rule);
        var factChanges = before.Facts is { } old && after.Facts is { } now && FactReaders.For(after.Path) is { } reader
            ? reader.Compare(after.Path, old.Values, now.Values).ToList()
            : [];
        changes.AddRange(factChanges);
        var metadata = ModeChanges(before, after, rule).ToList();
        if ((rule.HasFlag(Attributes.Owner) && before.Uid != after.Uid) || (rule.HasFlag(Attributes.Group) && before.Gid != after.Gid))
        {
            var details = new List<ChangeDetail>();
            AddIf(details, rule.HasFlag(Attributes.Owner) && before.Uid != after.Uid, "owner", Number(before.Uid), Number(after.Uid));
            AddIf(details, rule.HasFlag(Attributes.Group) && before.Gid != after.Gid, "group", Number(before.Gid), Number(after.Gid));
            metadata.Add(new Change(after.Path, ChangeKinds.Owner, "", $"owner of {after.Path} changed ({string.Join(", ", details.Select(d => $"{d.Name} {d.Old} to {d.New}"))})", details));
        }

        // A chmod or chown moves ctime by itself; that is the same change, not a second one.
        var explained = (factChanges.Count > 0 && content.All(d => ExplainedByFacts.Contains(d.Name)))
            || (metadata.Count > 0 && content.All(d => d.Name == "ctime"));
        if (content.Count > 0 && !explained)
        {
            changes.Add(new Change(after.Path, ChangeKinds.Modified, "", $"{Noun(after.Type)} modified: {after.Path} ({string.Join(", ", content.Select(d => d.Name))})", content));
        }

        changes.AddRange(metadata);
        return changes;
    }

    private static List<ChangeDetail> ContentDetails(Entry before, Entry after, Attributes rule)
    {
        var details = new List<ChangeDetail>();
        var directory = after.Type == FileType.Directory;
        var canCompareContent = before.Error is null && after.Error is null;
        AddIf(details, rule.HasFlag(Attributes.Sha256) && canCompareContent && before.Sha256 is not null && after.Sha256 is not null && !before.Sha256.AsSpan().SequenceEqual(after.Sha256), "sha256", Hex(before.Sha256), Hex(after.Sha256));
        AddIf(details, rule.HasFlag(Attributes.Size) && !directory && before.Size != after.Size, "size", Number(before.Size), Number(after.Size));
        AddIf(details, rule.HasFlag(Attributes.Target) && before.Target != after.Target, "target", before.Target ?? "", after.Target ?? "");
        AddIf(details, rule.HasFlag(Attributes.Inode) && before.Inode != after.Inode, "inode", before.Inode.ToString(CultureInfo.InvariantCulture), after.Inode.ToString(CultureInfo.InvariantCulture));
        AddIf(details, rule.HasFlag(Attributes.Links) && !directory && before.Links != after.Links, "links", Number(before.Links), Number(after.Links));
        AddIf(details, rule.HasFlag(Attributes.Mtime) && !directory && before.MtimeNs != after.MtimeNs, "mtime", Time(before.MtimeNs), Time(after.MtimeNs));
        AddIf(details, rule.HasFlag(Attributes.Ctime) && !directory && before.CtimeNs != after.CtimeNs, "ctime", Time(before.CtimeNs), Time(after.CtimeNs));
        return details;
    }

    private static IEnumerable<Change> ModeChanges(Entry before, Entry after, Attributes rule)
    {
        if (rule.HasFlag(Attributes.Mode) && before.Mode != after.Mode)
        {
            var gained = after.Mode & ~before.Mode;
            if (after.Type == FileType.File && (gained & SetUid) != 0)
            {
                yield return new Change(after.Path, ChangeKinds.SuidAdded, "", $"{after.Path} became set-user-id (mode {Octal(before.Mode)} to {Octal(after.Mode)}, owner uid {after.Uid})", [new("mode", Octal(before.Mode), Octal(after.Mode))]);
            }

            if (after.Type == FileType.File && (gained & SetGid) != 0)
            {
                yield return new Change(after.Path, ChangeKinds.SgidAdded, "", $"{after.Path} became set-group-id (mode {Octal(before.Mode)} to {Octal(after.Mode)})", [new("mode", Octal(before.Mode), Octal(after.Mode))]);
            }

            var otherBits = (before.Mode ^ after.Mode) & ~((after.Type == FileType.File ? gained : 0) & (SetUid | SetGid));
            if (otherBits != 0)
            {
                yield return new Change(after.Path, ChangeKinds.Permissions, "", $"permissions of {after.Path} changed from {Octal(before.Mode)} to {Octal(after.Mode)}", [new("mode", Octal(before.Mode), Octal(after.Mode))]);
            }
        }

        if (rule.HasFlag(Attributes.Xattrs) && before.Xattrs is not null && after.Xattrs is not null && before.Xattrs != after.Xattrs)
        {
            yield return new Change(after.Path, ChangeKinds.Permissions, "xattrs", $"extended attributes (ACLs, capabilities, labels) of {after.Path} changed", [new("xattrs", Printable(before.Xattrs), Printable(after.Xattrs))]);
        }
    }

    private static List<ChangeDetail> Describe(Entry entry, string? extraName = null, string? extraValue = null)
    {
        var details = new List<ChangeDetail>();
        if (extraName is not null)
        {
            details.Add(new ChangeDetail(extraName, null, extraValue));
        }

        details.Add(new ChangeDetail("type", null, Noun(entry.Type)));
        details.Add(new ChangeDetail("mode", null, Octal(entry.Mode)));
        details.Add(new ChangeDetail("owner", null, Number(entry.Uid)));
        details.Add(new ChangeDetail("group", null, Number(entry.Gid)));
        if (entry.Type == FileType.File)
        {
            details.Add(new ChangeDetail("size", null, Number(entry.Size)));
        }

        if (entry.Sha256 is not null)
        {
            details.Add(new ChangeDetail("sha256", null, Hex(entry.Sha256)));
        }

        if (entry.Target is not null)
        {
            details.Add(new ChangeDetail("target", null, entry.Target));
        }

        return details;
    }

    private static void AddIf(List<ChangeDetail> details, bool condition, string name, string old, string now)
    {
        if (condition)
        {
            details.Add(new ChangeDetail(name, old, now));
        }
    }

    public static string Noun(FileType type) => type switch
    {
        FileType.File => "file",
        FileType.Directory => "directory",
        FileType.SymbolicLink => "symbolic link",
        FileType.Fifo => "named pipe",
        FileType.Socket => "socket",
        FileType.CharacterDevice => "character device",
        FileType.BlockDevice => "block device",
        _ => "unreadable entry",
    };

    public static string Octal(int mode) => Convert.ToString(mode, 8).PadLeft(4, '0');

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Hex(byte[]? hash) => hash is null ? "" : Convert.ToHexStringLower(hash);

    private static string Printable(string xattrs) => xattrs.Length == 0 ? "(none)" : xattrs;

    private static string Time(long nanoseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(nanoseconds / 1_000_000).AddTicks(nanoseconds % 1_000_000 / 100).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
