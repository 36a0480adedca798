namespace Bulwark.Scanners.Integrity.Tests.Support;

/// <summary>A test that needs root (to change a kernel limit, to change file owners); skipped with the reason otherwise.</summary>
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (Environment.UserName != "root")
        {
            Skip = "needs root: it changes kernel limits or file owners";
        }
    }
}
