using Bulwark.Server.Directories;

namespace Bulwark.Server.Tests.Directories;

/// <summary>What a typed user name becomes inside a DN (RFC 4514) and inside a filter (RFC 4515).</summary>
public sealed class LdapEscapeTests
{
    [Theory]
    [InlineData("alice", "alice")]
    [InlineData("alice,cn=x", @"alice\,cn\=x")]
    [InlineData("a+b", @"a\+b")]
    [InlineData("a;b", @"a\;b")]
    [InlineData("<a>", @"\<a\>")]
    [InlineData("say \"hi\"", @"say \""hi\""")]
    [InlineData(@"back\slash", @"back\\slash")]
    [InlineData(" lead and trail ", @"\ lead and trail\ ")]
    [InlineData("#first", @"\#first")]
    [InlineData("not#first", "not#first")]
    [InlineData("*", "*")]
    [InlineData(")(uid=*", @")(uid\=*")]
    [InlineData("nul\0byte", @"nul\00byte")]
    [InlineData("tab\there", @"tab\09here")]
    [InlineData("élodie", "élodie")]
    public void A_dn_value_cannot_end_its_component_or_start_another(string typed, string escaped) =>
        Assert.Equal(escaped, LdapEscape.DnValue(typed));

    [Theory]
    [InlineData("alice", "alice")]
    [InlineData("*", @"\2a")]
    [InlineData(")(uid=*", @"\29\28uid=\2a")]
    [InlineData("alice)(|(uid=*", @"alice\29\28|\28uid=\2a")]
    [InlineData(@"back\slash", @"back\5cslash")]
    [InlineData("nul\0byte", @"nul\00byte")]
    [InlineData("alice,cn=x", "alice,cn=x")]
    [InlineData("élodie", "élodie")]
    public void A_filter_value_cannot_add_a_wildcard_or_a_clause(string typed, string escaped) =>
        Assert.Equal(escaped, LdapEscape.FilterValue(typed));

    [Theory]
    [InlineData("alice,cn=x")]
    [InlineData(" #a+b;c<d>e\"f\\g= ")]
    [InlineData("line\nbreak")]
    public void An_escaped_dn_value_reads_back_as_the_one_value_typed(string typed)
    {
        var dn = $"uid={LdapEscape.DnValue(typed)},cn=users,dc=example,dc=test";

        var components = DistinguishedName.Parse(dn);

        Assert.NotNull(components);
        Assert.Equal(4, components.Count);
        Assert.Equal(("uid", typed), components[0]);
    }
}
