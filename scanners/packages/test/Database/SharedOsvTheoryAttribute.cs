namespace Bulwark.Scanners.Packages.Tests.Database;

/// <summary>A theory over the real advisories in <c>../shared/osv</c>, skipped with the reason shown when they are absent.</summary>
public sealed class SharedOsvTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips when the shared advisories are not found above the test binaries.</summary>
    public SharedOsvTheoryAttribute()
    {
        if (SharedOsv.Folder is null)
        {
            Skip = SharedOsv.SkipReason;
        }
    }
}
