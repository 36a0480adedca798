namespace Bulwark.Scanners.Detection.Tests.Sigma;

/// <summary>The SigmaHQ Linux rules in ../shared/sigma (test data beside the repository); null when absent.</summary>
internal static class SharedSigma
{
    /// <summary>../shared/sigma/rules/linux.</summary>
    public static string? LinuxRules { get; } = Find(Path.Combine("shared", "sigma", "rules", "linux"));

    /// <summary>The path of one rule file under the Linux rules, by its path below them.</summary>
    public static string Rule(string relative) => Path.Combine(LinuxRules!, relative);

    private static string? Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, relative)))
            {
                return Path.Combine(dir.FullName, relative);
            }
        }

        return null;
    }
}

/// <summary>A test that needs ../shared/sigma; skipped, saying so, when it is absent.</summary>
public sealed class SharedSigmaFactAttribute : FactAttribute
{
    public SharedSigmaFactAttribute()
    {
        if (SharedSigma.LinuxRules is null)
        {
            Skip = $"../shared/sigma/rules/linux not found above {AppContext.BaseDirectory}";
        }
    }
}
