using Bulwark.Scanners.Packages.Matching;
using Bulwark.Scanners.Packages.Osv;
using Bulwark.Scanners.Packages.Versions;

namespace Bulwark.Scanners.Packages.Tests.Matching;

/// <summary>The OSV schema's evaluation rules (ossf.github.io/osv-schema, "Evaluation"), one behaviour per test.</summary>
public sealed class RangeEvaluatorTests
{
    [Theory]
    [InlineData("0.0.1", true)]
    [InlineData("1.0.1", true)]
    [InlineData("1.0.2-rc.1", true)]
    [InlineData("1.0.2", false)]
    [InlineData("1.0.3", false)]
    public void Introduced_zero_covers_everything_before_the_fix_and_the_fix_itself_is_not_affected(string version, bool affected) =>
        Assert.Equal(affected, OsvRecords.Affects(OsvRecords.Range("npm", "SEMVER", "introduced:0", "fixed:1.0.2"), version));

    [Theory]
    [InlineData("2.1.213", true)]
    [InlineData("2.1.214", true)]
    [InlineData("2.1.215", false)]
    public void Last_affected_is_itself_affected_and_the_next_version_is_not(string version, bool affected) =>
        Assert.Equal(affected, OsvRecords.Affects(OsvRecords.Range("Maven", "ECOSYSTEM", "introduced:0", "last_affected:2.1.214"), version));

    [Theory]
    [InlineData("0.9.0", false)]
    [InlineData("1.0.0", true)]
    [InlineData("1.0.1", true)]
    [InlineData("1.0.2", false)]
    [InlineData("2.9.9", false)]
    [InlineData("3.0.0", true)]
    [InlineData("3.2.4", true)]
    [InlineData("3.2.5", false)]
    [InlineData("9.0.0", false)]
    public void Several_intervals_in_one_range_leave_the_gaps_between_them_unaffected(string version, bool affected) =>
        Assert.Equal(affected, OsvRecords.Affects(OsvRecords.Range("npm", "SEMVER", "introduced:1.0.0", "fixed:1.0.2", "introduced:3.0.0", "fixed:3.2.5"), version));

    [Theory]
    [InlineData("1.0.1", true)]
    [InlineData("2.0.0", false)]
    [InlineData("3.1.0", true)]
    [InlineData("3.2.5", false)]
    public void Events_written_out_of_order_are_sorted_before_evaluation(string version, bool affected) =>
        Assert.Equal(affected, OsvRecords.Affects(OsvRecords.Range("npm", "SEMVER", "fixed:3.2.5", "introduced:3.0.0", "fixed:1.0.2", "introduced:1.0.0"), version));

    [Theory]
    [InlineData("1.5", true)]
    [InlineData("2.1", false)]
    [InlineData("3.5", true)]
    [InlineData("4.0", false)]
    public void A_version_in_any_one_of_several_ranges_is_affected(string version, bool affected)
    {
        var entry = new OsvAffected
        {
            Ecosystem = "PyPI",
            Name = "pkg",
            Ranges =
            [
                new OsvRange("ECOSYSTEM", [OsvRecords.Event("introduced:1.0"), OsvRecords.Event("fixed:2.0")]),
                new OsvRange("ECOSYSTEM", [OsvRecords.Event("introduced:3.0"), OsvRecords.Event("fixed:4.0")]),
            ],
        };

        Assert.Equal(affected, OsvRecords.Affects(entry, version));
    }

    [Theory]
    [InlineData("1.0.0-rc.1", true)]
    [InlineData("1.0.0-alpha", true)]
    [InlineData("1.0.0", false)]
    public void A_pre_release_sorts_before_its_release(string version, bool affected) =>
        Assert.Equal(affected, OsvRecords.Affects(OsvRecords.Range("npm", "SEMVER", "introduced:0", "fixed:1.0.0"), version));

    [Theory]
    [InlineData("1.0.0-rc.1", false)]
    [InlineData("1.0.0", true)]
    public void A_pre_release_of_the_introducing_version_is_not_yet_affected(string version, bool affected) =>
        Assert.Equal(affected, OsvRecords.Affects(OsvRecords.Range("npm", "SEMVER", "introduced:1.0.0", "fixed:1.1.0"), version));

    [Theory]
    [InlineData("2.0.0rc1", true)]
    [InlineData("2.0.0", false)]
    public void Pep440_pre_releases_sort_before_the_release_in_an_ecosystem_range(string version, bool affected) =>
        Assert.Equal(affected, OsvRecords.Affects(OsvRecords.Range("PyPI", "ECOSYSTEM", "introduced:0", "fixed:2.0.0"), version));

    [Theory]
    [InlineData("1.5.0", true)]
    [InlineData("2.0.0", false)]
    [InlineData("2.5.0", false)]
    public void A_limit_caps_the_range_and_the_limit_itself_is_outside(string version, bool affected) =>
        Assert.Equal(affected, OsvRecords.Affects(OsvRecords.Range("npm", "SEMVER", "introduced:1.0.0", "limit:2.0.0"), version));

    [Theory]
    [InlineData("1.5.0", true)]
    [InlineData("2.5.0", true)]
    [InlineData("3.0.0", false)]
    public void With_several_limits_a_version_below_any_one_of_them_stays_in_the_range(string version, bool affected) =>
        Assert.Equal(affected, OsvRecords.Affects(OsvRecords.Range("npm", "SEMVER", "introduced:1.0.0", "limit:2.0.0", "limit:3.0.0"), version));

    [Fact]
    public void A_star_limit_is_infinity()
    {
        var entry = OsvRecords.Range("npm", "SEMVER", "introduced:1.0.0", "limit:*");

        Assert.True(OsvRecords.Affects(entry, "99.0.0"));
        Assert.False(OsvRecords.Affects(entry, "0.9.0"));
    }

    [Fact]
    public void An_explicit_versions_list_matches_listed_versions_only()
    {
        var entry = new OsvAffected { Ecosystem = "npm", Name = "pkg", Versions = ["4.4.2", "5.0.1"] };

        Assert.True(OsvRecords.Affects(entry, "4.4.2"));
        Assert.True(OsvRecords.Affects(entry, "5.0.1"));
        Assert.False(OsvRecords.Affects(entry, "4.4.3"));
        Assert.False(OsvRecords.Affects(entry, "5.0.0"));
    }

    [Fact]
    public void A_listed_version_written_another_way_is_the_same_version_in_the_ecosystem()
    {
        var entry = new OsvAffected { Ecosystem = "PyPI", Name = "pkg", Versions = ["1.0"] };

        Assert.True(OsvRecords.Affects(entry, "1.0.0"));
        Assert.False(OsvRecords.Affects(entry, "1.0.1"));
    }

    [Fact]
    public void The_versions_list_and_the_ranges_each_make_a_version_affected()
    {
        var entry = new OsvAffected
        {
            Ecosystem = "npm",
            Name = "pkg",
            Versions = ["0.5.0"],
            Ranges = [new OsvRange("SEMVER", [OsvRecords.Event("introduced:1.0.0"), OsvRecords.Event("fixed:1.1.0")])],
        };

        Assert.True(OsvRecords.Affects(entry, "0.5.0"));
        Assert.True(OsvRecords.Affects(entry, "1.0.5"));
        Assert.False(OsvRecords.Affects(entry, "0.6.0"));
    }

    [Fact]
    public void The_fixed_version_offered_is_the_next_fix_above_the_version()
    {
        var entry = OsvRecords.Range("npm", "SEMVER", "introduced:1.0.0", "fixed:1.0.2", "introduced:3.0.0", "fixed:3.2.5");

        Assert.Equal(["1.0.2"], RangeEvaluator.Evaluate("1.0.1", entry, VersionSchemes.SemVer).FixedIn);
        Assert.Equal(["3.2.5"], RangeEvaluator.Evaluate("3.1.0", entry, VersionSchemes.SemVer).FixedIn);
    }

    [Fact]
    public void A_last_affected_range_offers_no_fixed_version()
    {
        var verdict = RangeEvaluator.Evaluate("1.0.0", OsvRecords.Range("npm", "SEMVER", "introduced:0", "last_affected:1.0.0"), VersionSchemes.SemVer);

        Assert.True(verdict.Affected);
        Assert.Empty(verdict.FixedIn);
    }

    [Fact]
    public void An_unaffected_version_gets_no_fixed_versions()
    {
        var verdict = RangeEvaluator.Evaluate("2.0.0", OsvRecords.Range("npm", "SEMVER", "introduced:0", "fixed:1.0.0"), VersionSchemes.SemVer);

        Assert.False(verdict.Affected);
        Assert.Empty(verdict.FixedIn);
        Assert.False(verdict.Undecidable);
    }

    [Fact]
    public void A_range_whose_versions_cannot_be_ordered_is_undecidable_rather_than_guessed()
    {
        var verdict = RangeEvaluator.Evaluate("1.0.0", OsvRecords.Range("npm", "SEMVER", "introduced:0", "fixed:not-a-version"), VersionSchemes.SemVer);

        Assert.False(verdict.Affected);
        Assert.True(verdict.Undecidable);
    }

    [Fact]
    public void An_ecosystem_range_without_a_known_ordering_is_undecidable()
    {
        var verdict = RangeEvaluator.Evaluate("1.0.0", OsvRecords.Range("SwiftURL", "ECOSYSTEM", "introduced:0", "fixed:2.0.0"), null);

        Assert.False(verdict.Affected);
        Assert.True(verdict.Undecidable);
    }

    [Fact]
    public void A_semver_range_orders_by_semver_whatever_the_ecosystem()
    {
        // Go advisories write SEMVER events without the "v" that Go versions carry.
        var entry = OsvRecords.Range("Go", "SEMVER", "introduced:0", "fixed:1.2.3");

        Assert.True(OsvRecords.Affects(entry, "v1.2.2"));
        Assert.False(OsvRecords.Affects(entry, "v1.2.3"));
    }

    [Theory]
    [InlineData("0.0.9", false)]
    [InlineData("0.1.0", true)]
    [InlineData("0.2.0", true)]
    [InlineData("0.2.1", false)]
    public void Semver_shorthands_written_by_advisory_databases_are_read_as_zero_filled(string version, bool affected) =>
        Assert.Equal(affected, OsvRecords.Affects(OsvRecords.Range("crates.io", "SEMVER", "introduced:0.1", "last_affected:0.2"), version));

    [Theory]
    [InlineData("v0.0.0-20220314234659-1baeb1ce4c0b", true)]
    [InlineData("v0.0.0-20220315000000-aaaaaaaaaaaa", false)]
    [InlineData("v0.1.0", false)]
    public void Go_pseudo_versions_order_by_their_timestamp(string version, bool affected) =>
        Assert.Equal(affected, OsvRecords.Affects(OsvRecords.Range("Go", "SEMVER", "introduced:0", "fixed:0.0.0-20220315000000-aaaaaaaaaaaa"), version));

    [Theory]
    [InlineData("1:9.2p1-2+deb12u1", true)]
    [InlineData("1:9.2p1-2+deb12u2", false)]
    [InlineData("1:9.2p1-2+deb12u3", false)]
    [InlineData("9.9p1-1", true)]
    [InlineData("1:9.2p1-2~bpo11+1", true)]
    public void Debian_versions_honour_the_epoch_and_backport_suffixes(string version, bool affected) =>
        Assert.Equal(affected, OsvRecords.Affects(OsvRecords.Range("Debian:12", "ECOSYSTEM", "introduced:0", "fixed:1:9.2p1-2+deb12u2"), version));

    [Theory]
    [InlineData("2.14.1", true)]
    [InlineData("2.15.0-rc1", true)]
    [InlineData("2.15.0", false)]
    [InlineData("2.3", true)]
    public void Maven_ranges_order_by_maven_rules(string version, bool affected) =>
        Assert.Equal(affected, OsvRecords.Affects(OsvRecords.Range("Maven", "ECOSYSTEM", "introduced:0", "fixed:2.15.0"), version));
}
