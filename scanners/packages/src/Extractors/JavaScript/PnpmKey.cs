namespace Bulwark.Scanners.Packages.Extractors.JavaScript;

/// <summary>Reads pnpm package keys and dependency references in each <see cref="PnpmDialect"/>.</summary>
internal static class PnpmKey
{
    /// <summary>
    /// The name and version in a package key, peer suffix removed: <c>/@babel/core/7.1.0_x@1</c> (v5),
    /// <c>/react-dom@18.2.0(react@18.2.0)</c> (v6), <c>react-dom@18.2.0</c> (v9). Empty parts when the key
    /// is not of that shape (a git or tarball key, whose entry carries <c>name</c> and <c>version</c>).
    /// </summary>
    public static (string Name, string Version) Parse(string key, PnpmDialect dialect)
    {
        var bare = key.StartsWith('/') ? key[1..] : key;
        if (dialect != PnpmDialect.V5)
        {
            var (name, version) = YarnDescriptor.Split(WithoutPeers(bare));
            return NpmSource.IsVersion(version) ? (name, version) : ("", "");
        }

        var parts = bare.Split('/');
        var nameParts = bare.StartsWith('@') ? 2 : 1;
        if (parts.Length != nameParts + 1)
        {
            return ("", "");
        }

        var v5Version = parts[^1];
        var underscore = v5Version.IndexOf('_', StringComparison.Ordinal);
        v5Version = underscore > 0 ? v5Version[..underscore] : v5Version;
        return NpmSource.IsVersion(v5Version) ? (string.Join('/', parts[..nameParts]), v5Version) : ("", "");
    }

    /// <summary>A v6/v9 key without its <c>(peer@1.0.0)</c> suffix.</summary>
    public static string WithoutPeers(string key)
    {
        var paren = key.IndexOf('(', StringComparison.Ordinal);
        return paren > 0 ? key[..paren] : key;
    }

    /// <summary>
    /// The keys a dependency <paramref name="name"/> at <paramref name="reference"/> may be listed under, most
    /// likely first: a plain version is combined with the name in the dialect's way; a reference that is
    /// already a key (an alias's <c>/real/1.0.0</c> or <c>real@1.0.0</c>, a git or tarball key) is tried as it is.
    /// </summary>
    public static IEnumerable<string> Candidates(string name, string reference, PnpmDialect dialect)
    {
        if (reference.StartsWith("link:", StringComparison.Ordinal))
        {
            yield break;
        }

        yield return dialect switch
        {
            PnpmDialect.V5 => $"/{name}/{reference}",
            PnpmDialect.V6 => $"/{name}@{reference}",
            _ => $"{name}@{reference}",
        };
        yield return reference;
    }
}
