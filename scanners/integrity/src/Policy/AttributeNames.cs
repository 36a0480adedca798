namespace Bulwark.Scanners.Integrity.Policy;

/// <summary>The names a policy file uses for attributes and the built-in groups of them.</summary>
internal static class AttributeNames
{
    public static IReadOnlyDictionary<string, Attributes> Single { get; } = new Dictionary<string, Attributes>(StringComparer.Ordinal)
    {
        ["sha256"] = Attributes.Sha256,
        ["size"] = Attributes.Size,
        ["mode"] = Attributes.Mode,
        ["owner"] = Attributes.Owner,
        ["group"] = Attributes.Group,
        ["inode"] = Attributes.Inode,
        ["links"] = Attributes.Links,
        ["mtime"] = Attributes.Mtime,
        ["ctime"] = Attributes.Ctime,
        ["target"] = Attributes.Target,
        ["xattrs"] = Attributes.Xattrs,
        ["growing"] = Attributes.Growing,
    };

    /// <summary>
    /// The built-in groups: <c>content</c> is everything (AIDE's usual rule with sha256), <c>permissions</c> who may do
    /// what without the content, <c>log</c> a file that only grows, keeping its owner and mode.
    /// </summary>
    public static IReadOnlyDictionary<string, Attributes> Groups { get; } = new Dictionary<string, Attributes>(StringComparer.Ordinal)
    {
        ["content"] = Attributes.Sha256 | Attributes.Size | Attributes.Mode | Attributes.Owner | Attributes.Group | Attributes.Inode
            | Attributes.Links | Attributes.Mtime | Attributes.Ctime | Attributes.Target | Attributes.Xattrs,
        ["permissions"] = Attributes.Mode | Attributes.Owner | Attributes.Group | Attributes.Target | Attributes.Xattrs,
        ["log"] = Attributes.Growing | Attributes.Mode | Attributes.Owner | Attributes.Group | Attributes.Xattrs,
    };

    /// <summary>The attributes' names, for messages and the baseline's header.</summary>
    public static string Describe(Attributes attributes) =>
        string.Join(",", Single.Where(p => attributes.HasFlag(p.Value)).Select(p => p.Key));
}
