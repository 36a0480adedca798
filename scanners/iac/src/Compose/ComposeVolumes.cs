using Bulwark.Scanners.Iac.Yaml;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Compose;

/// <summary>
/// A service's <c>volumes</c> entries as objects: short syntax (<c>SOURCE:TARGET[:MODE]</c>, or a bare target
/// for an anonymous volume) parsed into <c>{type, source, target, readOnly, mode}</c>; long syntax kept, with
/// <c>readOnly</c> added from <c>read_only</c> (https://docs.docker.com/reference/compose-file/services/#volumes).
/// </summary>
internal static class ComposeVolumes
{
    /// <summary>The object form of one <c>volumes</c> entry.</summary>
    public static IacValue Normalise(IacValue entry) => entry switch
    {
        IacString s => Short(s.Value, s.Range),
        IacObject o => Long(o),
        _ => entry,
    };

    private static IacObject Short(string text, SourceRange at)
    {
        var parts = ComposeText.SplitColons(text);
        // A Windows drive letter is not a separator: C:\data:/data.
        if (parts.Count >= 2 && parts[0].Length == 1 && char.IsAsciiLetter(parts[0][0]) && parts[1] is ['\\' or '/', ..])
        {
            parts[0] += ":" + parts[1];
            parts.RemoveAt(1);
        }

        var members = new List<IacMember>();
        var source = parts.Count >= 2 ? parts[0] : null;
        var mode = parts.Count >= 3 ? string.Join(':', parts[2..]) : null;
        members.Add(ComposeText.Member("type", Type(source, at), at));
        if (source is not null)
        {
            members.Add(ComposeText.Member("source", ComposeText.Value(source, at), at));
        }

        members.Add(ComposeText.Member("target", ComposeText.Value(parts.Count >= 2 ? parts[1] : parts[0], at), at));
        var readOnly = mode is not null && mode.Split(',').Contains("ro");
        members.Add(ComposeText.Member("readOnly", readOnly ? new IacBool(true) { Range = at } : NotReadOnly(at), at));
        if (mode is not null)
        {
            members.Add(ComposeText.Member("mode", ComposeText.Value(mode, at), at));
        }

        return new IacObject(members) { Range = at };
    }

    private static IacObject Long(IacObject entry)
    {
        var members = entry.Members.Where(m => m.Key != "readOnly").ToList();
        var written = entry.Member("read_only");
        members.Add(written is { Value: not IacNull } ? new IacMember("readOnly", written.KeyRange, written.Value) : ComposeText.Member("readOnly", NotReadOnly(entry.Range), entry.Range));
        return entry with { Members = members };
    }

    // A host path (absolute, relative or home) makes a bind mount; anything else names a volume.
    private static IacValue Type(string? source, SourceRange at) => source switch
    {
        null => new IacString("volume") { Range = at },
        _ when source.Contains('$', StringComparison.Ordinal) => ComposeText.Value(source, at),
        _ when source.StartsWith('/') || source.StartsWith('.') || source.StartsWith('~') || source.StartsWith('\\') || (source.Length >= 2 && source[1] == ':') => new IacString("bind") { Range = at },
        _ => new IacString("volume") { Range = at },
    };

    private static IacValue NotReadOnly(SourceRange at) => ComposeText.Default(new IacBool(false), "not set: read-write", at);
}
