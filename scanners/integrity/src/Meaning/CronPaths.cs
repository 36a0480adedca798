namespace Bulwark.Scanners.Integrity.Meaning;

/// <summary>Where cron looks for jobs, and reading a crontab's jobs as facts.</summary>
internal static class CronPaths
{
    /// <summary>
    /// Whether <paramref name="path"/> is a file directly in <paramref name="directory"/> (which ends in '/'). Hidden
    /// files are left out: cron and run-parts skip them, and packages ship a .placeholder in each directory.
    /// </summary>
    public static bool IsChild(string path, string directory)
    {
        if (!path.StartsWith(directory, StringComparison.Ordinal) || path.Length == directory.Length)
        {
            return false;
        }
        var name = path.AsSpan(directory.Length);
        return name[0] != '.' && !name.Contains('/');
    }

    /// <summary>The file's name: the last segment of <paramref name="path"/>.</summary>
    public static string Name(string path) => path[(path.LastIndexOf('/') + 1)..];

    /// <summary>The jobs of a crontab as sorted facts; <paramref name="withUser"/> for the system format.</summary>
    public static IReadOnlyList<string> Jobs(ReadOnlySpan<byte> content, bool withUser)
    {
        var facts = new List<string>();
        foreach (var line in FactText.Lines(content))
        {
            if (CronJob.Parse(line, withUser) is { } job)
            {
                facts.Add(job.ToFact());
            }
        }
        return FactText.Sorted(facts);
    }
}
