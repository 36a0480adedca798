using Bulwark.Scanners.Packages.Versions;

namespace Bulwark.Scanners.Packages.Tests.Versions;

public sealed class VersionSchemesTests
{
    [Theory]
    [InlineData("npm", "semver")]
    [InlineData("crates.io", "semver")]
    [InlineData("NuGet", "nuget")]
    [InlineData("PyPI", "pep440")]
    [InlineData("Maven", "maven")]
    [InlineData("RubyGems", "rubygems")]
    [InlineData("Go", "go")]
    [InlineData("Packagist", "composer")]
    [InlineData("Debian", "dpkg")]
    [InlineData("Debian:12", "dpkg")]
    [InlineData("Ubuntu", "dpkg")]
    [InlineData("Ubuntu:22.04:LTS", "dpkg")]
    [InlineData("Alpine", "apk")]
    [InlineData("Alpine:v3.19", "apk")]
    [InlineData("Red Hat", "rpm")]
    [InlineData("Red Hat:enterprise_linux:9::baseos", "rpm")]
    [InlineData("AlmaLinux:8", "rpm")]
    [InlineData("Rocky Linux:9", "rpm")]
    [InlineData("openSUSE:Leap 15.5", "rpm")]
    [InlineData("SUSE:Linux Enterprise Server 15 SP5", "rpm")]
    public void Each_osv_ecosystem_maps_to_its_scheme(string ecosystem, string scheme)
    {
        Assert.Equal(scheme, VersionSchemes.For(ecosystem)?.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("pypi")]
    [InlineData("NPM")]
    [InlineData("Hackage")]
    [InlineData("Pub")]
    [InlineData("GIT")]
    [InlineData("Wolfi")]
    public void Other_ecosystems_have_no_scheme(string ecosystem)
    {
        Assert.Null(VersionSchemes.For(ecosystem));
    }

    [Fact]
    public void The_semver_range_scheme_is_semver()
    {
        Assert.Equal("semver", VersionSchemes.SemVer.Name);
        Assert.Same(VersionSchemes.SemVer, VersionSchemes.For("npm"));
    }

    [Fact]
    public void Versions_of_different_schemes_refuse_to_compare()
    {
        var maven = VersionSchemes.For("Maven")!.Parse("1.0")!;
        var pypi = VersionSchemes.For("PyPI")!.Parse("1.0")!;
        var error = Assert.Throws<ArgumentException>(() => maven.CompareTo(pypi));
        Assert.Contains("different schemes", error.Message);
        Assert.Equal(1, maven.CompareTo(null));
    }

    [Fact]
    public void A_parsed_version_prints_as_written()
    {
        Assert.Equal("v1.0.0-Alpha+build", VersionSchemes.SemVer.Parse("v1.0.0-Alpha+build")!.ToString());
        Assert.Equal("1:2.30-1~deb12u1", VersionSchemes.For("Debian")!.Parse("1:2.30-1~deb12u1")!.ToString());
    }

    // Range matching compares parsed versions millions of times: comparing must not allocate.
    [Theory]
    [InlineData("npm", "1.0.0-beta.2", "1.0.0-beta.11")]
    [InlineData("NuGet", "1.0.0.1-RC.1", "1.0.0.1-rc.2")]
    [InlineData("PyPI", "1.0b2.post345.dev456+abc.5", "1.0b2.post345.dev456+abc.7")]
    [InlineData("Maven", "1.0.0-alpha-1-SNAPSHOT", "1.0.0-alpha-1")]
    [InlineData("RubyGems", "1.8.2.a9", "1.8.2.a10")]
    [InlineData("Go", "v1.2.4-0.20191109021931-daa7c04131f5", "v1.2.4-0.20200101000000-0123456789ab")]
    [InlineData("Packagist", "1.0.0-beta2-dev", "1.0.0-beta2")]
    [InlineData("Debian", "1:1.0~rc1-1ubuntu0.1", "1:1.0~rc1-1ubuntu1")]
    [InlineData("Red Hat", "1:1.0^git1-1.el8_1", "1:1.0^git1-1.el8_10")]
    [InlineData("Alpine", "1.0.001_p2-r1", "1.0.01_p2-r1")]
    public void Comparing_parsed_versions_does_not_allocate(string ecosystem, string lower, string higher)
    {
        var scheme = VersionSchemes.For(ecosystem)!;
        var left = scheme.Parse(lower)!;
        var right = scheme.Parse(higher)!;
        Assert.True(left.CompareTo(right) < 0);

        // The first loop lets the JIT settle (its on-stack replacement of a hot loop can be counted against this thread);
        // the second is the one measured.
        Assert.Equal(-20_000, CompareMany(left, right));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = CompareMany(left, right);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(-20_000, sum);
    }

    private static int CompareMany(IComparable left, IComparable right)
    {
        var sum = 0;
        for (var i = 0; i < 10_000; i++)
        {
            sum += left.CompareTo(right) - right.CompareTo(left);
        }

        return sum;
    }
}
