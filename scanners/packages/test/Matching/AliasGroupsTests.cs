using Bulwark.Scanners.Packages.Matching;
using Bulwark.Scanners.Packages.Osv;

namespace Bulwark.Scanners.Packages.Tests.Matching;

public sealed class AliasGroupsTests
{
    private const string Cvss = """[{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}]""";

    [Fact]
    public void Records_naming_each_other_are_one_vulnerability_with_the_ghsa_record_first()
    {
        var pysec = Record("PYSEC-2022-48", """["CVE-2021-22570", "GHSA-77rm-9x9h-xj3g"]""");
        var ghsa = Record("GHSA-77rm-9x9h-xj3g", """["CVE-2021-22570"]""", Cvss);
        var cve = Record("CVE-2021-22570", "[]");

        var groups = AliasGroups.Group([pysec, cve, ghsa]);

        var group = Assert.Single(groups);
        Assert.Equal(["GHSA-77rm-9x9h-xj3g", "PYSEC-2022-48", "CVE-2021-22570"], group.Select(a => a.Id));
    }

    [Fact]
    public void Records_sharing_only_an_alias_are_one_vulnerability()
    {
        var groups = AliasGroups.Group([Record("RUSTSEC-2022-0013", """["CVE-2022-24713"]"""), Record("GO-2022-0001", """["CVE-2022-24713"]""")]);

        Assert.Equal(2, Assert.Single(groups).Count);
    }

    [Fact]
    public void Records_join_through_a_third_that_names_both()
    {
        var groups = AliasGroups.Group([Record("A-1", """["CVE-1"]"""), Record("B-2", """["GHSA-x"]"""), Record("GHSA-x", """["CVE-1"]""")]);

        Assert.Equal(3, Assert.Single(groups).Count);
    }

    [Fact]
    public void A_distribution_record_joins_the_vulnerability_named_in_its_upstream()
    {
        var debian = Advisory("""{"id": "DEBIAN-CVE-2023-48795", "upstream": ["CVE-2023-48795"]}""");
        var ghsa = Record("GHSA-45x7-px36-x8w8", """["CVE-2023-48795"]""", Cvss);

        var group = Assert.Single(AliasGroups.Group([debian, ghsa]));

        Assert.Equal("GHSA-45x7-px36-x8w8", group[0].Id);
    }

    [Fact]
    public void Unrelated_records_stay_apart_ordered_by_primary_id()
    {
        var groups = AliasGroups.Group([Record("PYSEC-2", """["CVE-2"]"""), Record("GHSA-1", """["CVE-1"]""")]);

        Assert.Equal(["GHSA-1", "PYSEC-2"], groups.Select(g => g[0].Id));
    }

    [Fact]
    public void A_record_with_a_cvss_vector_names_the_group_before_a_better_known_database_without_one()
    {
        var ghsa = Record("GHSA-aaaa-bbbb-cccc", """["CVE-9"]""");
        var pysec = Record("PYSEC-2024-9", """["CVE-9"]""", Cvss);

        Assert.Equal("PYSEC-2024-9", Assert.Single(AliasGroups.Group([ghsa, pysec]))[0].Id);
    }

    [Fact]
    public void Among_equally_rated_records_the_preferred_database_names_the_group()
    {
        var group = Assert.Single(AliasGroups.Group([Record("CVE-2021-1", "[]"), Record("RUSTSEC-2021-1", """["CVE-2021-1"]"""), Record("GHSA-zzzz", """["CVE-2021-1"]""")]));

        Assert.Equal(["GHSA-zzzz", "RUSTSEC-2021-1", "CVE-2021-1"], group.Select(a => a.Id));
    }

    [Fact]
    public void No_records_make_no_groups() => Assert.Empty(AliasGroups.Group([]));

    private static OsvAdvisory Record(string id, string aliases, string severity = "[]") =>
        Advisory($$"""{"id": "{{id}}", "aliases": {{aliases}}, "severity": {{severity}}}""");

    private static OsvAdvisory Advisory(string json) => OsvRecords.Advisory(json);
}
