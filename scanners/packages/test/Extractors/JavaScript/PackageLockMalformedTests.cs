using Bulwark.Scanners.Packages.Extractors.JavaScript;
using static Bulwark.Scanners.Packages.Tests.Extractors.JavaScript.JavaScriptTestValues;

namespace Bulwark.Scanners.Packages.Tests.Extractors.JavaScript;

public class PackageLockMalformedTests
{
    private static readonly PackageLockExtractor Extractor = new();

    [Fact]
    public void A_syntax_error_is_reported_at_its_line_and_the_entries_before_it_are_kept()
    {
        var extraction = Extractor.Extract(Inline("package-lock.json", """
            {
              "lockfileVersion": 3,
              "packages": {
                "": { "dependencies": { "a": "^1.0.0" } },
                "node_modules/a": { "version": "1.0.0" },
                "node_modules/b": { "version": "2.0.0",, },
                "node_modules/c": { "version": "3.0.0" }
              }
            }
            """));

        Assert.Equal(["a@1.0.0 :5 Direct", "b@2.0.0 :6 Transitive"], Rows(extraction));
        var diagnostic = Assert.Single(extraction.Diagnostics);
        Assert.Equal(6, diagnostic.Line);
        Assert.True(diagnostic.Column > 1);
        Assert.StartsWith("not valid JSON: ", diagnostic.Message);
        Assert.EndsWith("entries before this point were read", diagnostic.Message);
    }

    [Fact]
    public void An_entry_whose_object_opens_on_the_line_after_its_key_is_placed_at_its_key()
    {
        var extraction = Extractor.Extract(Inline("package-lock.json", """
            {
              "lockfileVersion": 3,
              "packages": {
                "node_modules/a":
                  { "version": "1.0.0" },
                "node_modules/b":
                  "2.0.0"
              }
            }
            """));

        Assert.Equal(["a@1.0.0 :4 Unknown"], Rows(extraction));
        Assert.Equal(["package-lock.json:6 package entry \"node_modules/b\" is not an object; skipped"], DiagnosticRows(extraction));
    }

    [Fact]
    public void An_entry_without_a_version_is_reported_and_the_others_are_read()
    {
        var extraction = Extractor.Extract(Inline("web/package-lock.json", """
            {
              "lockfileVersion": 2,
              "packages": {
                "node_modules/a": { "resolved": "https://registry.npmjs.org/a/-/a-1.0.0.tgz" },
                "node_modules/b": "2.0.0",
                "node_modules/c": { "version": "3.0.0" },
                "node_modules/c/node_modules/d": { "version": "4.0.0" }
              }
            }
            """));

        // Without the project's "" entry the file does not say what is direct, but a nested copy is certainly transitive.
        Assert.Equal(["c@3.0.0 :6 Unknown", "d@4.0.0 :7 Transitive"], Rows(extraction));
        Assert.Equal(
            [
                "web/package-lock.json:4 package \"node_modules/a\" has no version; skipped",
                "web/package-lock.json:5 package entry \"node_modules/b\" is not an object; skipped",
            ],
            DiagnosticRows(extraction));
    }

    [Fact]
    public void A_newer_lockfile_version_is_read_as_v3_and_said_so()
    {
        var extraction = Extractor.Extract(Inline("package-lock.json", """
            {
              "lockfileVersion": 4,
              "packages": { "node_modules/a": { "version": "1.0.0" } }
            }
            """));

        Assert.Equal(["a@1.0.0 :3 Unknown"], Rows(extraction));
        Assert.Equal(["package-lock.json:2 lockfileVersion 4 is newer than the versions this reader knows (1 to 3); read as version 3"], DiagnosticRows(extraction));
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[1, 2]")]
    [InlineData("{")]
    [InlineData("{\"packages\": 5}")]
    [InlineData("{\"dependencies\": {\"a\": 5, \"b\": {\"version\": 7}}}")]
    [InlineData("{\"packages\": {\"node_modules/a\": {\"version\": 5, \"dependencies\": [1]}}}")]
    [InlineData("\uFEFF{\"lockfileVersion\": \"three\"}")]
    [InlineData("{\"packages\": {\"node_modules/a\": {\"version\": \"1.0.0\", \"dependencies\": {\"a\": \"1.0.0\"}}}}")]
    public void Bad_input_never_throws(string text)
    {
        var extraction = Extractor.Extract(Inline("package-lock.json", text));

        Assert.All(extraction.Diagnostics, d => Assert.Equal("package-lock.json", d.File));
    }

    [Fact]
    public void Empty_or_non_object_input_is_a_diagnostic()
    {
        Assert.NotEmpty(Extractor.Extract(Inline("package-lock.json", "")).Diagnostics);
        Assert.Equal(["package-lock.json:1 not a package-lock: the file is not a JSON object"], DiagnosticRows(Extractor.Extract(Inline("package-lock.json", "[1, 2]"))));
    }
}
