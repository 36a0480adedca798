namespace Bulwark.Server.Tests.Directories;

/// <summary>
/// A test that needs the 389 Directory Server test.sh starts (described by <c>BULWARK_TEST_LDAP</c>); skipped, with
/// that reason, when run without it.
/// </summary>
public sealed class LdapFactAttribute : FactAttribute
{
    public LdapFactAttribute()
    {
        Skip = TestDirectory.SkipReason;
    }
}
