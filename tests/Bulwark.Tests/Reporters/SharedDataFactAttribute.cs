namespace Bulwark.Tests.Reporters;

/// <summary>
/// A fact that needs the shared test data beside the repository (<c>../shared/schemas</c>). xunit 2 has no
/// dynamic skip, so the attribute skips itself, with the reason visible in the test output, when it is absent.
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (TestPaths.SharedSchemas is null)
        {
            Skip = $"../shared/schemas not found above {AppContext.BaseDirectory}";
        }
    }
}
