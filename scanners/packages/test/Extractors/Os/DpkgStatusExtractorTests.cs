using Bulwark.Scanners.Packages.Extractors.Os;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Tests.Extractors.Os;

public class DpkgStatusExtractorTests
{
    private const string Scenario = "debian-12-with-a-removed-package-a-held-one-and-a-binnmu";

    [Fact]
    public void Installed_packages_are_listed_with_source_line_and_purl_and_the_removed_one_is_not()
    {
        var extraction = new DpkgStatusExtractor().Extract(OsFixture.Input(Scenario, "var/lib/dpkg/status"));

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(
        [
            ("base-files", "12.4+deb12u5", "base-files", null, 1, "pkg:deb/debian/base-files@12.4%2Bdeb12u5?arch=amd64&distro=debian-12"),
            ("mawk", "1.3.4.20200120-3.1", "mawk", null, 23, "pkg:deb/debian/mawk@1.3.4.20200120-3.1?arch=amd64&distro=debian-12"),
            ("libc6", "2.36-9+deb12u4", "glibc", null, 34, "pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=debian-12"),
            ("libgcc-s1", "12.2.0-14", "gcc-12", null, 45, "pkg:deb/debian/libgcc-s1@12.2.0-14?arch=amd64&distro=debian-12"),
            ("libssl3", "3.0.11-1~deb12u2+b1", "openssl", "3.0.11-1~deb12u2", 64, "pkg:deb/debian/libssl3@3.0.11-1~deb12u2%2Bb1?arch=amd64&distro=debian-12"),
            ("login", "1:4.13+dfsg1-1+b1", "shadow", "1:4.13+dfsg1-1", 73, "pkg:deb/debian/login@1:4.13%2Bdfsg1-1%2Bb1?arch=amd64&distro=debian-12"),
            ("tzdata", "2024a-0+deb12u1", "tzdata", null, 81, "pkg:deb/debian/tzdata@2024a-0%2Bdeb12u1?arch=all&distro=debian-12"),
            ("debconf-lite", "1.5.82", "debconf-lite", null, 89, "pkg:deb/debian/debconf-lite@1.5.82?arch=all&distro=debian-12"),
        ],
        extraction.Packages.Select(p => (p.Name, p.Version, p.SourceName, p.SourceVersion, p.Line, p.Purl)));
        Assert.All(extraction.Packages, p =>
        {
            Assert.Equal(Ecosystems.Debian, p.Ecosystem);
            Assert.Equal("12", p.Release);
            Assert.Equal("Debian:12", p.OsvEcosystem);
            Assert.Equal("var/lib/dpkg/status", p.File);
            Assert.Equal(DependencyScope.Unknown, p.Scope);
        });
    }

    [Fact]
    public void Depends_and_pre_depends_become_edges_through_provides_and_alternatives()
    {
        var extraction = new DpkgStatusExtractor().Extract(OsFixture.Input(Scenario, "var/lib/dpkg/status"));
        var names = extraction.Packages.ToDictionary(p => p.Purl, p => p.Name);

        Assert.Equal(
        [
            ("base-files", "mawk"),
            ("mawk", "libc6"),
            ("libc6", "libgcc-s1"),
            ("libgcc-s1", "libc6"),
            ("libssl3", "libc6"),
            ("login", "libc6"),
            ("tzdata", "debconf-lite"),
        ],
        extraction.Edges.Select(e => (names[e.From], names[e.To])));
    }

    [Fact]
    public void Only_the_first_installed_alternative_becomes_an_edge_and_multiarch_prefers_the_same_architecture()
    {
        const string status = """
            Package: app
            Status: install ok installed
            Architecture: i386
            Version: 1
            Depends: missing | mta, mta | other-mta, libfoo

            Package: mta
            Status: install ok installed
            Architecture: amd64
            Version: 1

            Package: other-mta
            Status: install ok installed
            Architecture: amd64
            Version: 1

            Package: libfoo
            Status: install ok installed
            Architecture: amd64
            Version: 1

            Package: libfoo
            Status: install ok installed
            Architecture: i386
            Version: 1
            """;

        var extraction = new DpkgStatusExtractor().Extract(OsFixture.Text("var/lib/dpkg/status", status, OsFixture.Debian12()));

        Assert.Equal(
        [
            ("pkg:deb/debian/app@1?arch=i386&distro=debian-12", "pkg:deb/debian/mta@1?arch=amd64&distro=debian-12"),
            ("pkg:deb/debian/app@1?arch=i386&distro=debian-12", "pkg:deb/debian/libfoo@1?arch=i386&distro=debian-12"),
        ],
        extraction.Edges.Select(e => (e.From, e.To)));
    }

    [Fact]
    public void A_status_file_under_an_unpacked_image_reads_os_release_from_the_same_root()
    {
        var input = OsFixture.Input(Scenario, "var/lib/dpkg/status", scanRootPrefix: "images/app/rootfs/");

        var extraction = new DpkgStatusExtractor().Extract(input);

        Assert.Equal("images/app/rootfs/var/lib/dpkg/status", extraction.Packages[0].File);
        Assert.All(extraction.Packages, p => Assert.Equal("Debian:12", p.OsvEcosystem));
        Assert.Empty(extraction.Diagnostics);
    }

    [Fact]
    public void Malformed_entries_become_diagnostics_and_the_rest_of_the_file_is_read()
    {
        const string status = """
            Package: good-one
            Status: install ok installed
            Version: 1.0-1

            Status: install ok installed
            Version: 2.0-1

            Package: no-version
            Status: install ok installed

            Package: two-word-status
            Status: install installed
            Version: 1.0

            Package: no-status
            Version: 1.0
             a continuation that belongs to Version
            this line is not a field

            Package: odd-source
            Status: install ok installed
            Source: (broken
            Version: 3.0

            Package: never-installed
            Status: purge ok not-installed
            """;

        var extraction = new DpkgStatusExtractor().Extract(OsFixture.Text("var/lib/dpkg/status", status, OsFixture.Debian12()));

        Assert.Equal([("good-one", 1), ("odd-source", 20)], extraction.Packages.Select(p => (p.Name, p.Line)));
        Assert.Equal("odd-source", extraction.Packages[1].SourceName);
        Assert.Equal(
        [
            (18, "expected 'Field: value', found 'this line is not a field'; the line was skipped."),
            (5, "this entry has no Package field; it was skipped."),
            (8, "installed package 'no-version' has no Version field; it was skipped."),
            (11, "package 'two-word-status' has Status 'install installed', not the three words 'want flag state'; it was skipped."),
            (15, "package 'no-status' has no Status field, so whether it is installed is unknown; it was skipped."),
            (20, "package 'odd-source' has Source '(broken', not 'name' or 'name (version)'; the package itself is taken as its source."),
        ],
        extraction.Diagnostics.Select(d => (d.Line, d.Message)));
        Assert.All(extraction.Diagnostics, d => Assert.Equal("var/lib/dpkg/status", d.File));
    }

    [Fact]
    public void A_continuation_line_before_any_field_is_reported_with_its_line()
    {
        var extraction = new DpkgStatusExtractor().Extract(OsFixture.Text("var/lib/dpkg/status",
            " stray continuation\nPackage: a\nStatus: install ok installed\nVersion: 1\n", OsFixture.Debian12()));

        Assert.Equal(["a"], extraction.Packages.Select(p => p.Name));
        Assert.Equal(2, extraction.Packages[0].Line);
        var diagnostic = Assert.Single(extraction.Diagnostics);
        Assert.Equal((1, 1), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("continuation line", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_line_endings_are_read_like_unix_ones()
    {
        var extraction = new DpkgStatusExtractor().Extract(OsFixture.Text("var/lib/dpkg/status",
            "Package: a\r\nStatus: install ok installed\r\nVersion: 1.0\r\n\r\nPackage: b\r\nStatus: install ok installed\r\nVersion: 2.0\r\n", OsFixture.Debian12()));

        Assert.Equal([("a", "1.0", 1), ("b", "2.0", 5)], extraction.Packages.Select(p => (p.Name, p.Version, p.Line)));
        Assert.Empty(extraction.Diagnostics);
    }

    [Fact]
    public void On_ubuntu_lts_the_osv_ecosystem_carries_the_lts_suffix()
    {
        var others = new Dictionary<string, string>
        {
            ["usr/lib/os-release"] = "PRETTY_NAME=\"Ubuntu 22.04.4 LTS\"\nNAME=\"Ubuntu\"\nVERSION_ID=\"22.04\"\nVERSION=\"22.04.4 LTS (Jammy Jellyfish)\"\nVERSION_CODENAME=jammy\nID=ubuntu\nID_LIKE=debian\n",
        };

        var extraction = new DpkgStatusExtractor().Extract(OsFixture.Text("var/lib/dpkg/status",
            "Package: libssl3\nStatus: install ok installed\nArchitecture: amd64\nSource: openssl\nVersion: 3.0.2-0ubuntu1.15\n", others));

        var package = Assert.Single(extraction.Packages);
        Assert.Equal(("Ubuntu", "22.04:LTS", "Ubuntu:22.04:LTS", "openssl", "pkg:deb/ubuntu/libssl3@3.0.2-0ubuntu1.15?arch=amd64&distro=ubuntu-22.04"),
            (package.Ecosystem, package.Release, package.OsvEcosystem, package.SourceName, package.Purl));
        Assert.Empty(extraction.Diagnostics);
    }

    [Fact]
    public void On_a_derivative_the_purl_uses_its_own_namespace_and_one_diagnostic_explains_the_missing_matches()
    {
        var others = new Dictionary<string, string> { ["etc/os-release"] = "NAME=\"Linux Mint\"\nID=linuxmint\nID_LIKE=\"ubuntu debian\"\nVERSION_ID=\"21.3\"\nPRETTY_NAME=\"Linux Mint 21.3\"\n" };

        var extraction = new DpkgStatusExtractor().Extract(OsFixture.Text("var/lib/dpkg/status",
            "Package: bash\nStatus: install ok installed\nArchitecture: amd64\nVersion: 5.1-6ubuntu1.1\n\nPackage: mint-info\nStatus: install ok installed\nVersion: 1:2\n", others));

        Assert.Equal(["pkg:deb/linuxmint/bash@5.1-6ubuntu1.1?arch=amd64&distro=linuxmint-21.3", "pkg:deb/linuxmint/mint-info@1:2?distro=linuxmint-21.3"],
            extraction.Packages.Select(p => p.Purl));
        Assert.All(extraction.Packages, p => Assert.Equal(("linuxmint", (string?)null), (p.Ecosystem, p.Release)));
        Assert.Single(extraction.Diagnostics);
    }

    [Fact]
    public void Binary_content_is_reported_not_parsed()
    {
        var extraction = new DpkgStatusExtractor().Extract(OsFixture.Binary("var/lib/dpkg/status", [0x00, 0xFF, 0x13, 0x37]));

        Assert.Empty(extraction.Packages);
        Assert.Equal("this dpkg database is binary, not the text format dpkg writes; it was not read.", Assert.Single(extraction.Diagnostics).Message);
    }

    [Fact]
    public void Garbage_lines_are_reported_up_to_a_limit_and_then_counted()
    {
        var text = string.Join('\n', Enumerable.Range(0, 25).Select(i => $"garbage line {i}"));

        var extraction = new DpkgStatusExtractor().Extract(OsFixture.Text("var/lib/dpkg/status", text, OsFixture.Debian12()));

        Assert.Empty(extraction.Packages);
        Assert.Equal(21, extraction.Diagnostics.Count);
        Assert.Equal("5 more malformed lines were skipped without a message each.", extraction.Diagnostics[^1].Message);
    }

    [Fact]
    public void Without_any_release_file_packages_have_no_release_and_one_diagnostic_says_why()
    {
        var extraction = new DpkgStatusExtractor().Extract(OsFixture.Text("var/lib/dpkg/status",
            "Package: a\nStatus: install ok installed\nVersion: 1\n\nPackage: b\nStatus: install ok installed\nVersion: 2\n"));

        Assert.All(extraction.Packages, p => Assert.Equal((Ecosystems.Debian, (string?)null), (p.Ecosystem, p.Release)));
        Assert.Equal("pkg:deb/debian/a@1", extraction.Packages[0].Purl);
        var diagnostic = Assert.Single(extraction.Diagnostics);
        Assert.Equal(0, diagnostic.Line);
        Assert.Equal(
            "No etc/os-release, usr/lib/os-release or etc/debian_version under the scan root, so the distribution release is unknown; "
            + "OS advisories are published per release, so these packages cannot be matched against them.",
            diagnostic.Message);
    }
}
