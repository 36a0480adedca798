using Bulwark.Scanners.Packages.Matching;
using Bulwark.Scanners.Packages.Model;
using Bulwark.Scanners.Packages.Tests.Database;
using Bulwark.Scanners.Packages.Versions;
using BulwarkSeverity = Bulwark.Sdk.Severity;

namespace Bulwark.Scanners.Packages.Tests.Matching;

/// <summary>
/// The matcher's verdicts at the boundaries of real advisories from <c>../shared/osv</c> (imported once for the class).
/// Each case names the record it reads; the Debian:12 versions are the bookworm versions the records'
/// <c>bulwark_provenance.evidence</c> quotes from the package changelogs.
/// </summary>
public sealed class SharedOsvMatchingTests(SharedOsvDatabase shared) : IClassFixture<SharedOsvDatabase>
{
    [SharedOsvTheory]
    [InlineData("2.14.1", true, "2.15.0")]
    [InlineData("2.13.0", true, "2.15.0")]
    [InlineData("2.15.0", false, null)]
    [InlineData("2.17.1", false, null)]
    [InlineData("2.12.1", true, "2.12.2")]
    [InlineData("2.12.2", false, null)]
    [InlineData("2.3", true, "2.3.1")]
    [InlineData("2.3.1", false, null)]
    [InlineData("2.3.2", false, null)]
    [InlineData("2.4", true, "2.12.2")]
    [InlineData("2.0-beta9", true, "2.3.1")]
    public void Log4Shell_GHSA_jfh8_c2jp_5v3q(string version, bool affected, string? fixedIn)
    {
        var match = Single(Packages.Of(Ecosystems.Maven, "org.apache.logging.log4j:log4j-core", version), "GHSA-jfh8-c2jp-5v3q");

        Assert.Equal(affected, match is not null);
        if (match is not null)
        {
            Assert.Equal([fixedIn!], match.FixedIn);
            Assert.Contains("CVE-2021-44228", match.Ids);
            var rating = AdvisorySeverity.Rate(match.Advisories);
            Assert.Equal(BulwarkSeverity.Critical, rating.Severity);
            Assert.Equal(10.0, rating.Score);
        }
    }

    [SharedOsvTheory]
    [InlineData("3.14.0", true)]
    [InlineData("3.15.0rc1", true)]
    [InlineData("3.15.0", false)]
    [InlineData("4.21.0", false)]
    public void Pypi_protobuf_PYSEC_2022_48_with_its_GHSA_and_CVE_is_one_match(string version, bool affected)
    {
        var matches = Match(Packages.Of(Ecosystems.PyPI, "Protobuf", version)).Where(m => m.Ids.Contains("CVE-2021-22570")).ToList();

        Assert.Equal(affected ? 1 : 0, matches.Count);
        if (affected)
        {
            var match = matches[0];
            Assert.Equal("GHSA-77rm-9x9h-xj3g", match.Primary.Id);
            Assert.Equal(["GHSA-77rm-9x9h-xj3g", "PYSEC-2022-48"], match.Advisories.Select(a => a.Id));
            Assert.Equal(["3.15.0"], match.FixedIn);
            Assert.Equal(BulwarkSeverity.High, AdvisorySeverity.Rate(match.Advisories).Severity);
        }
    }

    [SharedOsvTheory]
    [InlineData("v0.0.0-20170330155734-ffffffffffff", true)]
    [InlineData("v0.0.0-20170330155735-e4e2799dd7aa", false)]
    [InlineData("v0.0.0-20160101000000-000000000000", true)]
    [InlineData("v0.1.0", false)]
    public void Go_pseudo_version_fix_GO_2020_0013_in_golang_org_x_crypto(string version, bool affected) =>
        Assert.Equal(affected, Single(Packages.Of(Ecosystems.Go, "golang.org/x/crypto", version), "GO-2020-0013") is not null);

    [SharedOsvTheory]
    [InlineData("v1.3.0", false)]
    [InlineData("v1.3.1-0.20190301021747-ccb9e902956d", true)]
    [InlineData("v1.9.0", true)]
    [InlineData("v1.9.1", false)]
    public void Go_range_introduced_at_a_pseudo_version_GO_2023_1737_in_gin(string version, bool affected) =>
        Assert.Equal(affected, Single(Packages.Of(Ecosystems.Go, "github.com/gin-gonic/gin", version), "GO-2023-1737") is not null);

    [SharedOsvTheory]
    [InlineData("v2.13.1", true)]
    [InlineData("v2.13.2", false)]
    public void Go_ecosystem_range_written_without_the_v_GHSA_cx3w_xqmc_84g5_in_git_lfs(string version, bool affected)
    {
        // GO-2021-0098 (same CVE) puts the fix at a 1.5.1 pseudo-version; only the GHSA record covers v2.13.1.
        var match = Single(Packages.Of(Ecosystems.Go, "github.com/git-lfs/git-lfs", version), "GHSA-cx3w-xqmc-84g5");

        Assert.Equal(affected, match is not null);
    }

    [SharedOsvTheory]
    [InlineData("0.6.2", false)]
    [InlineData("0.6.3", true)]
    [InlineData("0.6.14", false)]
    [InlineData("0.9.0", false)]
    [InlineData("1.6.0", true)]
    [InlineData("1.6.1", false)]
    public void Crate_smallvec_RUSTSEC_2021_0003_and_its_GHSA_are_one_match(string version, bool affected)
    {
        var matches = Match(Packages.Of(Ecosystems.CratesIo, "smallvec", version)).Where(m => m.Ids.Contains("CVE-2021-25900")).ToList();

        Assert.Equal(affected ? 1 : 0, matches.Count);
        if (affected)
        {
            Assert.Equal(["GHSA-43w2-9j62-hq99", "RUSTSEC-2021-0003"], matches[0].Advisories.Select(a => a.Id));
        }
    }

    [SharedOsvTheory]
    [InlineData("0.1.44", "GHSA-wcg3-cvx6-7396 RUSTSEC-2020-0071")]
    [InlineData("0.2.0", "GHSA-wcg3-cvx6-7396")]
    [InlineData("0.2.1", "")]
    [InlineData("0.2.22", "GHSA-wcg3-cvx6-7396 RUSTSEC-2020-0071")]
    [InlineData("0.2.23", "")]
    public void Crate_time_GHSA_range_written_with_the_shorthand_0_1_is_still_evaluated(string version, string expected)
    {
        var match = Match(Packages.Of(Ecosystems.CratesIo, "time", version)).SingleOrDefault(m => m.Ids.Contains("CVE-2020-26235"));

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), (match?.Advisories ?? []).Select(a => a.Id).Order(StringComparer.Ordinal));
    }

    [SharedOsvTheory]
    [InlineData("3.1.5", true)]
    [InlineData("3.1.6", false)]
    [InlineData("1.0.0-rc5", true)]
    public void Maven_last_affected_GHSA_2fqw_684c_pvp7_includes_the_last_version(string version, bool affected) =>
        Assert.Equal(affected, Single(Packages.Of(Ecosystems.Maven, "io.atomix:atomix", version), "GHSA-2fqw-684c-pvp7") is not null);

    [SharedOsvFact]
    public void The_malicious_color_name_release_is_one_critical_match_and_the_next_release_is_clean()
    {
        var match = Assert.Single(Match(Packages.Of(Ecosystems.Npm, "color-name", "2.0.1")), m => m.Ids.Contains("MAL-2025-46972"));

        Assert.Equal(BulwarkSeverity.Critical, AdvisorySeverity.Rate(match.Advisories).Severity);
        Assert.Contains(match.Advisories, a => a.Id == "GHSA-5fvm-p68v-5wmh");
        Assert.DoesNotContain(Match(Packages.Of(Ecosystems.Npm, "color-name", "2.0.2")), m => m.Ids.Contains("MAL-2025-46972"));
    }

    [SharedOsvTheory]
    [InlineData("openssh-client", "openssh", "1:9.2p1-2", "DEBIAN-CVE-2023-38408 DEBIAN-CVE-2023-48795")]
    [InlineData("openssh-client", "openssh", "1:9.2p1-2+deb12u1", "DEBIAN-CVE-2023-48795")]
    [InlineData("openssh-server", "openssh", "1:9.2p1-2+deb12u2", "")]
    [InlineData("openssh-server", "openssh", "1:9.2p1-2+deb12u7", "")]
    [InlineData("git", "git", "1:2.39.2-1.1", "DEBIAN-CVE-2024-32002 DEBIAN-CVE-2025-48384")]
    [InlineData("git", "git", "1:2.39.5-0+deb12u1", "DEBIAN-CVE-2025-48384")]
    [InlineData("git", "git", "1:2.39.5-0+deb12u2", "DEBIAN-CVE-2025-48384")]
    [InlineData("git", "git", "1:2.39.5-0+deb12u3", "")]
    [InlineData("libc6", "glibc", "2.36-9+deb12u10", "DEBIAN-CVE-2025-4802")]
    [InlineData("libc6", "glibc", "2.36-9+deb12u11", "")]
    [InlineData("libsystemd0", "systemd", "252.21-1~deb12u0", "DEBIAN-CVE-2023-7008")]
    [InlineData("libsystemd0", "systemd", "252.21-1~deb12u1", "")]
    [InlineData("libsystemd0", "systemd", "252.22-1~deb12u1", "")]
    [InlineData("libxml2", "libxml2", "2.9.14+dfsg-1.3~deb12u2", "DEBIAN-CVE-2025-6021")]
    [InlineData("libxml2", "libxml2", "2.9.14+dfsg-1.3~deb12u3", "")]
    [InlineData("libwebp7", "libwebp", "1.2.4-0.2", "DEBIAN-CVE-2023-4863")]
    [InlineData("libwebp7", "libwebp", "1.2.4-0.2+deb12u1", "")]
    [InlineData("vim-tiny", "vim", "2:9.0.1378-2", "DEBIAN-CVE-2023-4738")]
    [InlineData("vim-tiny", "vim", "2:9.0.1378-2+deb12u1", "")]
    [InlineData("libcap2", "libcap2", "1:2.66-4", "DEBIAN-CVE-2025-1390")]
    [InlineData("libcap2", "libcap2", "1:2.66-4+deb12u1", "")]
    [InlineData("passwd", "shadow", "1:4.13+dfsg1-1", "DEBIAN-CVE-2023-4641")]
    [InlineData("passwd", "shadow", "1:4.13+dfsg1-1+deb12u1", "")]
    public void Debian_12_backports_clear_a_package_at_or_above_the_distribution_fix(string binary, string source, string version, string expected)
    {
        var ids = Match(Packages.Debian(binary, version, source)).Select(m => m.Primary.Id);

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), ids);
    }

    [SharedOsvFact]
    public void A_debian_12_record_does_not_apply_to_another_release_or_to_the_binary_name()
    {
        Assert.Empty(Match(Packages.Debian("openssh-client", "1:9.2p1-2", "openssh", release: "11")));
        Assert.Empty(Match(Packages.Debian("openssh-client", "1:9.2p1-2", "openssh-client")));
    }

    [SharedOsvFact]
    public void An_epoch_outranks_any_upstream_version()
    {
        // Without its epoch "9.9p1" sorts after "9.2p1"; with the epoch of the fix, 1:9.2p1-2+deb12u2, it is older.
        Assert.NotEmpty(Match(Packages.Debian("openssh-client", "9.9p1-1", "openssh")));
    }

    [SharedOsvFact]
    public void Debian_9_records_with_explicit_version_lists_match()
    {
        var ids = Match(Packages.Debian("libssl1.1", "1.1.0l-1~deb9u5", "openssl", release: "9")).Select(m => m.Primary.Id);

        Assert.Contains("DLA-3008-1", ids);
        Assert.Empty(Match(Packages.Debian("libssl1.1", "1.1.0l-1~deb9u6", "openssl", release: "9")));
    }

    [SharedOsvFact]
    public void Every_range_in_the_shared_records_can_be_evaluated()
    {
        // An event version the ecosystem's scheme cannot read makes its range undecidable: it would be silently
        // skipped, so the curated data set must have none (SwiftURL has no scheme here and is left out).
        var undecidable = new List<string>();
        foreach (var file in Directory.EnumerateFiles(SharedOsv.Folder!, "*.json", SearchOption.AllDirectories))
        {
            var advisory = OsvRecords.Advisory(File.ReadAllText(file));
            foreach (var affected in advisory.Affected.Where(a => VersionSchemes.For(a.Ecosystem) is not null))
            {
                foreach (var range in affected.Ranges)
                {
                    var scheme = range.Type == "SEMVER" || affected.Ecosystem == Ecosystems.Go ? LenientSemVerScheme.Instance : VersionSchemes.For(affected.Ecosystem)!;
                    undecidable.AddRange(range.Events
                        .Where(e => !(e.Kind == "introduced" && e.Version == "0") && scheme.Parse(e.Version) is null)
                        .Select(e => $"{advisory.Id} {affected.Ecosystem}/{affected.Name} {range.Type} {e.Kind} {e.Version}"));
                }
            }
        }

        Assert.True(undecidable.Count == 0, string.Join("\n", undecidable.Take(30)));
    }

    private VulnerabilityMatch? Single(Package package, string id) => Match(package).SingleOrDefault(m => m.Advisories.Any(a => a.Id == id));

    private IReadOnlyList<VulnerabilityMatch> Match(Package package)
    {
        var result = PackageMatcher.Match([package], shared.Opened);
        Assert.Empty(result.Unchecked);
        return result.Matches;
    }
}
