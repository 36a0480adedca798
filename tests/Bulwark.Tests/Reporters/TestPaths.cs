namespace Bulwark.Tests.Reporters;

/// <summary>Finds the repository and the shared test data by walking up from the test binaries.</summary>
internal static class TestPaths
{
    /// <summary>The folder holding Bulwark.slnx.</summary>
    public static string RepoRoot => FindUp(d => File.Exists(Path.Combine(d, "Bulwark.slnx")))
        ?? throw new InvalidOperationException($"Bulwark.slnx not found above {AppContext.BaseDirectory}");

    /// <summary>The shared <c>schemas</c> folder beside the repository, or null on a machine without it.</summary>
    public static string? SharedSchemas =>
        FindUp(d => Directory.Exists(Path.Combine(d, "shared", "schemas"))) is { } parent
            ? Path.Combine(parent, "shared", "schemas")
            : null;

    private static string? FindUp(Func<string, bool> isIt)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (isIt(dir.FullName))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
