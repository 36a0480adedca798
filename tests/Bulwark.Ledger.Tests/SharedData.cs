namespace Bulwark.Ledger.Tests;

/// <summary>Finds ../shared beside the repository by walking up from the test binaries.</summary>
internal static class SharedData
{
    public static string? Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", relative);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A theory that needs ../shared/merkle; it skips itself, with the reason shown, where that is absent.</summary>
public sealed class MerkleVectorsTheoryAttribute : TheoryAttribute
{
    public MerkleVectorsTheoryAttribute()
    {
        if (SharedData.Find("merkle/vectors.json") is null)
        {
            Skip = $"../shared/merkle/vectors.json not found above {AppContext.BaseDirectory}";
        }
    }
}

/// <summary>A fact that needs ../shared/merkle.</summary>
public sealed class MerkleVectorsFactAttribute : FactAttribute
{
    public MerkleVectorsFactAttribute()
    {
        if (SharedData.Find("merkle/vectors.json") is null)
        {
            Skip = $"../shared/merkle/vectors.json not found above {AppContext.BaseDirectory}";
        }
    }
}
