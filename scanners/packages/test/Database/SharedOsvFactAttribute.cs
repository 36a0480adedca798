namespace Bulwark.Scanners.Packages.Tests.Database;

/// <summary>A fact over the real advisories in <c>../shared/osv</c>, skipped with the reason shown when they are absent.</summary>
public sealed class SharedOsvFactAttribute : FactAttribute
{
    /// <summary>Skips when the shared advisories are not found above the test binaries.</summary>
    public SharedOsvFactAttribute()
    {
        if (SharedOsv.Folder is null)
        {
            Skip = SharedOsv.SkipReason;
        }
    }
}
