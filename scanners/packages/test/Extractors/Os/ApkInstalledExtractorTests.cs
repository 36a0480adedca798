using Bulwark.Scanners.Packages.Extractors.Os;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Tests.Extractors.Os;

public class ApkInstalledExtractorTests
{
    private const string Scenario = "alpine-3-19-busybox-musl-and-ssl";

    [Fact]
    public void Every_record_is_a_package_with_its_origin_as_source_and_its_first_line()
    {
        var extraction = new ApkInstalledExtractor().Extract(OsFixture.Input(Scenario, "lib/apk/db/installed"));

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(
        [
            ("musl", "1.2.4_git20230717-r4", "musl", 1, "pkg:apk/alpine/musl@1.2.4_git20230717-r4?arch=x86_64&distro=alpine-3.19.1"),
            ("busybox", "1.36.1-r15", "busybox", 21, "pkg:apk/alpine/busybox@1.36.1-r15?arch=x86_64&distro=alpine-3.19.1"),
            ("libcrypto3", "3.1.4-r5", "openssl", 39, "pkg:apk/alpine/libcrypto3@3.1.4-r5?arch=x86_64&distro=alpine-3.19.1"),
            ("libssl3", "3.1.4-r5", "openssl", 47, "pkg:apk/alpine/libssl3@3.1.4-r5?arch=x86_64&distro=alpine-3.19.1"),
            ("alpine-baselayout-data", "3.4.3-r2", "alpine-baselayout-data", 55, "pkg:apk/alpine/alpine-baselayout-data@3.4.3-r2?arch=x86_64&distro=alpine-3.19.1"),
        ],
        extraction.Packages.Select(p => (p.Name, p.Version, p.SourceName, p.Line, p.Purl)));
        Assert.All(extraction.Packages, p => Assert.Equal(("Alpine", "v3.19", "Alpine:v3.19", (string?)null), (p.Ecosystem, p.Release, p.OsvEcosystem, p.SourceVersion)));
    }

    [Fact]
    public void Dependencies_resolve_through_provided_sonames_and_conflicts_are_not_edges()
    {
        var extraction = new ApkInstalledExtractor().Extract(OsFixture.Input(Scenario, "lib/apk/db/installed"));
        var names = extraction.Packages.ToDictionary(p => p.Purl, p => p.Name);

        Assert.Equal(
            [("busybox", "musl"), ("libcrypto3", "musl"), ("libssl3", "musl"), ("libssl3", "libcrypto3")],
            extraction.Edges.Select(e => (names[e.From], names[e.To])));
    }

    [Fact]
    public void Records_without_name_or_version_and_lines_of_another_shape_are_reported()
    {
        const string installed = """
            P:good
            V:1.0-r0
            A:aarch64

            V:2.0-r0
            A:aarch64

            P:no-version
            A:aarch64
            not a field line
            another bad line

            P:after
            V:3.0-r1
            """;

        var extraction = new ApkInstalledExtractor().Extract(OsFixture.Text("lib/apk/db/installed", installed,
            new Dictionary<string, string> { ["etc/alpine-release"] = "3.20.3\n" }));

        Assert.Equal([("good", 1), ("after", 13)], extraction.Packages.Select(p => (p.Name, p.Line)));
        Assert.All(extraction.Packages, p => Assert.Equal("v3.20", p.Release));
        Assert.Equal("pkg:apk/alpine/good@1.0-r0?arch=aarch64&distro=alpine-3.20.3", extraction.Packages[0].Purl);
        Assert.Equal(
        [
            (10, "expected a 'K:value' line, found 'not a field line'; the line was skipped."),
            (5, "this package record has no name (P:); it was skipped."),
            (8, "package 'no-version' has no version (V:); it was skipped."),
        ],
        extraction.Diagnostics.Select(d => (d.Line, d.Message)));
    }

    [Fact]
    public void Binary_content_is_reported_not_parsed()
    {
        var extraction = new ApkInstalledExtractor().Extract(OsFixture.Binary("lib/apk/db/installed", [0x1F, 0x8B, 0x08, 0x00]));

        Assert.Empty(extraction.Packages);
        Assert.Single(extraction.Diagnostics);
    }

    [Fact]
    public void An_empty_database_has_no_packages_and_nothing_to_report()
    {
        var extraction = new ApkInstalledExtractor().Extract(OsFixture.Text("lib/apk/db/installed", ""));

        Assert.Empty(extraction.Packages);
        Assert.Empty(extraction.Diagnostics);
    }

    [Fact]
    public void Without_a_release_the_packages_are_alpine_with_no_release_and_a_diagnostic()
    {
        var extraction = new ApkInstalledExtractor().Extract(OsFixture.Text("lib/apk/db/installed", "P:a\nV:1-r0\n"));

        Assert.Equal((Ecosystems.Alpine, (string?)null, "pkg:apk/alpine/a@1-r0"), (extraction.Packages[0].Ecosystem, extraction.Packages[0].Release, extraction.Packages[0].Purl));
        Assert.Contains("etc/alpine-release", Assert.Single(extraction.Diagnostics).Message, StringComparison.Ordinal);
    }
}
