using Bulwark.Server.Directories;

namespace Bulwark.Server.Tests.Directories;

/// <summary>Which group a memberOf value names, as FreeIPA's and other servers write them.</summary>
public sealed class DistinguishedNameTests
{
    private const string Groups = "cn=groups,cn=accounts,dc=example,dc=test";

    [Theory]
    [InlineData("cn=bulwark-admins,cn=groups,cn=accounts,dc=example,dc=test", "bulwark-admins")]
    [InlineData("CN=Bulwark-Admins,CN=Groups,CN=Accounts,DC=Example,DC=Test", "Bulwark-Admins")]
    [InlineData("cn=bulwark-admins, cn=groups, cn=accounts, dc=example, dc=test", "bulwark-admins")]
    [InlineData(@"cn=Smith\, John,cn=groups,cn=accounts,dc=example,dc=test", "Smith, John")]
    [InlineData(@"cn=\c3\a9quipe,cn=groups,cn=accounts,dc=example,dc=test", "équipe")]
    [InlineData(@"cn=\ spaced\ ,cn=groups,cn=accounts,dc=example,dc=test", " spaced ")]
    [InlineData("cn=team,ou=nested,cn=groups,cn=accounts,dc=example,dc=test", "team")]
    public void A_group_under_the_groups_dn_is_named_by_its_cn(string dn, string name) =>
        Assert.Equal(name, DistinguishedName.NameUnder(dn, Groups, "cn"));

    [Theory]
    [InlineData("cn=Replication Administrators,cn=privileges,cn=pbac,dc=example,dc=test")]
    [InlineData("ipaUniqueID=5f1c,cn=hbac,dc=example,dc=test")]
    [InlineData("cn=groups,cn=accounts,dc=example,dc=test")]
    [InlineData("uid=admins,cn=groups,cn=accounts,dc=example,dc=test")]
    [InlineData("cn=admins,cn=groups,cn=accounts,dc=other,dc=test")]
    [InlineData("not a dn")]
    [InlineData(@"cn=dangling\")]
    public void Anything_else_in_memberOf_is_not_a_group(string dn) =>
        Assert.Null(DistinguishedName.NameUnder(dn, Groups, "cn"));
}
