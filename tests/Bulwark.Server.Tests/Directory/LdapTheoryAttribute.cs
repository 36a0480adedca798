namespace Bulwark.Server.Tests.Directories;

/// <summary>As <see cref="LdapFactAttribute"/>, for a test run once per case.</summary>
public sealed class LdapTheoryAttribute : TheoryAttribute
{
    public LdapTheoryAttribute()
    {
        Skip = TestDirectory.SkipReason;
    }
}
