namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>One package record of Alpine's installed database: its <c>X:value</c> fields in order, and where it starts.</summary>
/// <param name="Line">The 1-based line of its first field.</param>
/// <param name="Fields">The fields in file order (keys repeat: one <c>F:</c> per folder, one <c>R:</c> per file).</param>
internal sealed record ApkRecord(int Line, IReadOnlyList<KeyValuePair<char, string>> Fields)
{
    /// <summary>The first value of <paramref name="key"/>, or null when absent or empty.</summary>
    public string? First(char key)
    {
        foreach (var field in Fields)
        {
            if (field.Key == key)
            {
                return field.Value.Length > 0 ? field.Value : null;
            }
        }

        return null;
    }

    /// <summary>Every value of <paramref name="key"/>.</summary>
    public IEnumerable<string> All(char key) => Fields.Where(f => f.Key == key).Select(f => f.Value);
}
