using Bulwark.Scanners.Packages.Extractors.Os;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Tests.Extractors.Os;

public class DpkgStatusDirectoryExtractorTests
{
    private const string Scenario = "distroless-debian-12-one-file-per-package";

    [Theory]
    [InlineData("var/lib/dpkg/status.d/libc6", true)]
    [InlineData("layers/sha256-abc/var/lib/dpkg/status.d/base-files", true)]
    [InlineData("var/lib/dpkg/status.d/libc6.md5sums", false)]
    [InlineData("var/lib/dpkg/status.d/.hidden", false)]
    [InlineData("var/lib/dpkg/status.d", false)]
    [InlineData("var/lib/dpkg/status", false)]
    [InlineData("var/lib/dpkg/status.d/sub/libc6", false)]
    [InlineData("notvar/lib/dpkg/status.d/libc6", false)]
    public void Recognises_one_file_per_package_and_not_the_checksum_files(string path, bool expected) =>
        Assert.Equal(expected, new DpkgStatusDirectoryExtractor().Recognises(path));

    [Fact]
    public void An_entry_without_a_status_field_is_an_installed_package()
    {
        var extraction = new DpkgStatusDirectoryExtractor().Extract(OsFixture.Input(Scenario, "var/lib/dpkg/status.d/libc6"));

        var package = Assert.Single(extraction.Packages);
        Assert.Equal(
            ("Debian", "12", "libc6", "2.36-9+deb12u7", "glibc", (string?)null, 1, "pkg:deb/debian/libc6@2.36-9%2Bdeb12u7?arch=arm64&distro=debian-12"),
            (package.Ecosystem, package.Release, package.Name, package.Version, package.SourceName, package.SourceVersion, package.Line, package.Purl));
        Assert.Equal("var/lib/dpkg/status.d/libc6", package.File);
        Assert.Empty(extraction.Diagnostics);
        Assert.Empty(extraction.Edges);
    }

    [Fact]
    public void An_entry_with_a_status_field_is_read_the_same_way()
    {
        var extraction = new DpkgStatusDirectoryExtractor().Extract(OsFixture.Input(Scenario, "var/lib/dpkg/status.d/libssl3"));

        Assert.Equal([("libssl3", "3.0.13-1~deb12u1", "openssl")], extraction.Packages.Select(p => (p.Name, p.Version, p.SourceName)));
        Assert.Empty(extraction.Diagnostics);
    }

    [Fact]
    public void An_entry_whose_status_says_removed_is_not_listed()
    {
        var extraction = new DpkgStatusDirectoryExtractor().Extract(OsFixture.Text("var/lib/dpkg/status.d/vim",
            "Package: vim\nStatus: deinstall ok config-files\nVersion: 2:9.0.1378-2\n", OsFixture.Debian12()));

        Assert.Empty(extraction.Packages);
        Assert.Empty(extraction.Diagnostics);
    }

    [Fact]
    public void An_empty_entry_is_reported()
    {
        var extraction = new DpkgStatusDirectoryExtractor().Extract(OsFixture.Text("var/lib/dpkg/status.d/empty", "\n\n", OsFixture.Debian12()));

        Assert.Empty(extraction.Packages);
        Assert.Equal("this status.d entry is empty; a distroless image writes one package paragraph per file.", Assert.Single(extraction.Diagnostics).Message);
    }

    [Fact]
    public void An_entry_without_a_version_is_reported_not_thrown()
    {
        var extraction = new DpkgStatusDirectoryExtractor().Extract(OsFixture.Text("var/lib/dpkg/status.d/x", "Package: x\nArchitecture: amd64\n", OsFixture.Debian12()));

        Assert.Empty(extraction.Packages);
        var diagnostic = Assert.Single(extraction.Diagnostics);
        Assert.Equal((1, "installed package 'x' has no Version field; it was skipped."), (diagnostic.Line, diagnostic.Message));
        Assert.Equal(Ecosystems.Debian, new DpkgStatusDirectoryExtractor().Extract(OsFixture.Text("var/lib/dpkg/status.d/x", "Package: x\nVersion: 1\n")).Packages[0].Ecosystem);
    }
}
