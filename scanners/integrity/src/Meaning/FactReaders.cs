namespace Bulwark.Scanners.Integrity.Meaning;

/// <summary>Every fact reader, in one explicit list sorted by id, and the one that reads a given file.</summary>
internal static class FactReaders
{
    /// <summary>The readers, sorted by <see cref="IFactReader.Id"/>; no two want the same path.</summary>
    internal static IReadOnlyList<IFactReader> All { get; } =
    [
        new AuthorizedKeysFacts(),
        new CronScriptFacts(),
        new CronFacts(),
        new DpkgStatusFacts(),
        new GroupFacts(),
        new PasswdFacts(),
        new ShadowFacts(),
        new UserCronFacts(),
    ];

    /// <summary>The reader that understands the file at <paramref name="path"/>, or null when none does.</summary>
    public static IFactReader? For(string path)
    {
        foreach (var reader in All)
        {
            if (reader.Wants(path))
            {
                return reader;
            }
        }
        return null;
    }
}
