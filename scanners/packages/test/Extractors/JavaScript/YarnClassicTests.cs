using Bulwark.Scanners.Packages.Extractors.JavaScript;
using static Bulwark.Scanners.Packages.Tests.Extractors.JavaScript.JavaScriptTestValues;

namespace Bulwark.Scanners.Packages.Tests.Extractors.JavaScript;

public class YarnClassicTests
{
    private const string Scenario = "yarn-classic-with-an-alias-a-tarball-and-a-local-folder";
    private static readonly YarnLockExtractor Extractor = new();

    [Theory]
    [InlineData("yarn.lock", true)]
    [InlineData("apps/web/yarn.lock", true)]
    [InlineData("yarn.lock.orig", false)]
    [InlineData("myyarn.lock", false)]
    public void Recognises_yarn_lock_by_name(string path, bool expected) => Assert.Equal(expected, Extractor.Recognises(path));

    [Fact]
    public void Entries_give_packages_at_their_header_lines_with_scope_from_package_json()
    {
        var extraction = Extractor.Extract(Fixture(Scenario, "yarn.lock"));

        Assert.Equal(
            [
                "@babel/code-frame@7.22.13 :5 Direct",
                "@babel/highlight@7.22.20 :13 Transitive",
                "chalk@2.4.2 :20 Transitive",
                "chalk@4.1.2 :25 Direct dev",
                "left-pad@1.3.0 :30 Direct",
                "string-width@4.2.3 :37 Direct",
            ],
            Rows(extraction));
        Assert.Empty(extraction.Diagnostics);
    }

    [Fact]
    public void Dependencies_blocks_become_edges_through_the_selectors_that_name_each_entry()
    {
        var extraction = Extractor.Extract(Fixture(Scenario, "yarn.lock"));

        Assert.Equal(
            [
                "pkg:npm/%40babel/code-frame@7.22.13 -> pkg:npm/%40babel/highlight@7.22.20",
                "pkg:npm/%40babel/code-frame@7.22.13 -> pkg:npm/chalk@2.4.2",
                "pkg:npm/%40babel/highlight@7.22.20 -> pkg:npm/chalk@2.4.2",
            ],
            EdgeRows(extraction));
    }

    [Fact]
    public void A_tarball_url_dependency_keeps_its_version_with_a_note()
    {
        var leftPad = Assert.Single(Extractor.Extract(Fixture(Scenario, "yarn.lock")).Packages, p => p.Name == "left-pad");

        Assert.StartsWith("installed from a tarball URL (https://github.com/someone/left-pad/archive/refs/tags/v1.3.0.tar.gz#", leftPad.Note);
    }

    [Fact]
    public void Without_package_json_the_scope_is_unknown_and_nothing_is_dev()
    {
        var extraction = Extractor.Extract(Inline("yarn.lock", """
            # yarn lockfile v1

            chalk@^4.1.0:
              version "4.1.2"
            """));

        Assert.Equal(["chalk@4.1.2 :3 Unknown"], Rows(extraction));
    }

    [Fact]
    public void Bad_lines_are_reported_and_the_rest_is_read()
    {
        var extraction = Extractor.Extract(Inline("yarn.lock", "# yarn lockfile v1\n\n  stray \"line\"\nbroken-header\n  version \"1.0.0\"\nno-version@^1.0.0:\n  resolved \"https://registry.yarnpkg.com/no-version/-/no-version-1.0.0.tgz\"\n\nok@^2.0.0:\n  version \"2.0.0\"\n\tintegrity sha512-x\n  version\n\"unterminated@^1:\n"));

        Assert.Equal(["ok@2.0.0 :9 Unknown"], Rows(extraction));
        Assert.Equal(
            [
                "yarn.lock:3 indented line outside any entry; skipped",
                "yarn.lock:4 cannot read \"broken-header\" as a key and value; skipped",
                "yarn.lock:5 indented line outside any entry; skipped",
                "yarn.lock:6 entry \"no-version@^1.0.0\" has no version; skipped",
                "yarn.lock:11 indented with a tab; yarn.lock is indented with spaces; line skipped",
                "yarn.lock:12 cannot read \"version\" as a key and value; skipped",
                "yarn.lock:13 cannot read \"\"unterminated@^1:\" as a key and value; skipped",
            ],
            DiagnosticRows(extraction));
    }
}
