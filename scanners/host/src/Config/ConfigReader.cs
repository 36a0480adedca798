using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Config;

/// <summary>
/// The state of one read of a configuration with its includes: the entries so far, the problems, and the files being
/// read (so an include loop or a runaway depth becomes a problem instead of a stack overflow).
/// </summary>
internal sealed class ConfigReader(IHostFiles files)
{
    // sshd stops at 16 nested includes; no real configuration comes near it.
    private const int MaxDepth = 16;

    private readonly List<string> open = [];

    /// <summary>The audited system's files.</summary>
    public IHostFiles Files { get; } = files;

    /// <summary>The entries in reading order.</summary>
    public List<ConfigEntry> Entries { get; } = [];

    /// <summary>Problems as <c>file:line: what</c>.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Adds an entry.</summary>
    public void Add(string key, string value, string file, int line) => Entries.Add(new ConfigEntry(key, value, file, line));

    /// <summary>Adds a problem about line <paramref name="line"/> of <paramref name="file"/>.</summary>
    public void Problem(string file, int line, string what) => Problems.Add($"{file}:{line}: {what}");

    /// <summary>
    /// Reads <paramref name="path"/> and hands its text to <paramref name="parse"/>, unless it is missing (a problem when
    /// <paramref name="from"/>, the including <c>file:line</c>, is given), unreadable, already being read, or too deep.
    /// Returns false when the file is missing.
    /// </summary>
    public bool Include(string path, string? from, Action<string> parse)
    {
        if (open.Contains(path))
        {
            Problems.Add($"{from ?? path}: {path} includes itself (through {string.Join(" -> ", open)}); not read again");
            return true;
        }

        if (open.Count >= MaxDepth)
        {
            Problems.Add($"{from ?? path}: includes nested more than {MaxDepth} deep; {path} not read");
            return true;
        }

        var read = Files.ReadText(path);
        if (read.Missing)
        {
            if (from is not null)
            {
                Problems.Add($"{from}: included file {path} does not exist");
            }

            return false;
        }

        if (read.Text is null)
        {
            Problems.Add(ConfigText.Unreadable(path, from, read.Problem ?? "cannot be read"));
            return true;
        }

        open.Add(path);
        parse(read.Text);
        open.RemoveAt(open.Count - 1);
        return true;
    }

    /// <summary>The result, with <paramref name="missing"/> saying whether the main file was absent.</summary>
    public ConfigRead Result(bool missing) => new(Entries, missing, Problems);
}
