using Bulwark.Scanners.Packages.Matching;
using Bulwark.Scanners.Packages.Model;
using Bulwark.Scanners.Packages.Osv;
using Bulwark.Scanners.Packages.Sbom;
using Bulwark.Scanners.Packages.Scanning;

namespace Bulwark.Scanners.Packages.Tests.Scanning;

public class VexDecisionTests
{
    private static readonly Package Minimist = new()
    {
        Ecosystem = Ecosystems.Npm, Name = "minimist", Version = "1.2.0", Purl = "pkg:npm/minimist@1.2.0", File = "package-lock.json", Line = 8,
    };

    private static readonly VulnerabilityMatch Match = new(Minimist,
        new OsvAdvisory { Id = "GHSA-xvch-5gv4-984h", Aliases = ["CVE-2021-44906"] },
        [new OsvAdvisory { Id = "GHSA-xvch-5gv4-984h", Aliases = ["CVE-2021-44906"] }],
        ["1.2.6"]);

    private static VexStatement Statement(string id, VexStatus status, string purl = "pkg:npm/minimist@1.2.0", int line = 1) =>
        new() { VulnerabilityId = id, ProductPurl = purl, Status = status, Justification = "component_not_present", File = "vex.json", Line = line };

    [Fact]
    public void Not_affected_or_fixed_about_any_id_of_the_bug_settles_it()
    {
        Assert.NotNull(VexDecision.For(Match, [Statement("CVE-2021-44906", VexStatus.NotAffected)]));
        Assert.NotNull(VexDecision.For(Match, [Statement("ghsa-xvch-5gv4-984h", VexStatus.Fixed)]));
        Assert.NotNull(VexDecision.For(Match, [Statement("CVE-0", VexStatus.NotAffected) with { Aliases = ["CVE-2021-44906"] }]));
    }

    [Fact]
    public void Affected_under_investigation_another_bug_or_another_product_leave_the_finding()
    {
        Assert.Null(VexDecision.For(Match, [Statement("CVE-2021-44906", VexStatus.Affected)]));
        Assert.Null(VexDecision.For(Match, [Statement("CVE-2021-44906", VexStatus.UnderInvestigation)]));
        Assert.Null(VexDecision.For(Match, [Statement("CVE-2020-7598", VexStatus.NotAffected)]));
        Assert.Null(VexDecision.For(Match, [Statement("CVE-2021-44906", VexStatus.NotAffected, "pkg:npm/minimist@1.2.6")]));
    }

    [Fact]
    public void A_later_statement_overrides_an_earlier_one()
    {
        Assert.Null(VexDecision.For(Match, [Statement("CVE-2021-44906", VexStatus.NotAffected, line: 3), Statement("CVE-2021-44906", VexStatus.Affected, line: 9)]));
        Assert.Equal(9, VexDecision.For(Match, [Statement("CVE-2021-44906", VexStatus.Affected, line: 3), Statement("CVE-2021-44906", VexStatus.Fixed, line: 9)])!.Line);
    }

    [Fact]
    public void The_suppressed_finding_carries_the_status_justification_and_where_the_statement_is()
    {
        var finding = PackageFindings.For(Match, new SeverityRating(Sdk.Severity.Critical, "CVSS 3.1 9.8", null, null));

        var suppressed = VexDecision.Suppress(finding, Statement("CVE-2021-44906", VexStatus.NotAffected, line: 12) with { Detail = "no user input" });

        Assert.Equal("vex", suppressed.Kind);
        Assert.Equal("vex.json:12", suppressed.Source);
        Assert.Equal("VEX says not affected (component not present): no user input", suppressed.Reason);
        Assert.Equal("not_affected", suppressed.Finding.Properties[VexDecision.StatusProperty]);
        Assert.Equal("component_not_present", suppressed.Finding.Properties[VexDecision.JustificationProperty]);
    }
}
