using Bulwark.Scanners.Packages.Extractors;
using Bulwark.Scanners.Packages.Extractors.Go;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Tests.Extractors.Go;

public class GoModExtractorTests
{
    private static Extraction Extract(string text, string? goSum = null) =>
        new GoModExtractor().Extract(ExtractorInput.FromText("svc/go.mod", text, path => path == "svc/go.sum" ? goSum : null));

    private static IEnumerable<(string, string, int, DependencyScope, bool)> Rows(Extraction extraction) =>
        extraction.Packages.Select(p => (p.Name, p.Version, p.Line, p.Scope, p.Development));

    [Fact]
    public void Single_line_and_block_requires_are_read_with_indirect_ones_transitive()
    {
        var extraction = Extract("""
            module example.com/shop/svc

            go 1.22.1

            toolchain go1.22.4

            require github.com/gin-gonic/gin v1.9.1

            require (
            	golang.org/x/net v0.23.0
            	// a comment line inside the block
            	github.com/pkg/errors v0.9.1 // indirect
            	"gopkg.in/yaml.v3" v3.0.1 // indirect; pinned for CVE-2022-28948
            	github.com/google/uuid v1.6.0 // not indirect at all
            )
            """);

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(
            [
                ("github.com/gin-gonic/gin", "v1.9.1", 7, DependencyScope.Direct, false),
                ("golang.org/x/net", "v0.23.0", 10, DependencyScope.Direct, false),
                ("github.com/pkg/errors", "v0.9.1", 12, DependencyScope.Transitive, false),
                ("gopkg.in/yaml.v3", "v3.0.1", 13, DependencyScope.Transitive, false),
                ("github.com/google/uuid", "v1.6.0", 14, DependencyScope.Direct, false),
            ],
            Rows(extraction));
        Assert.Equal("pkg:golang/github.com/gin-gonic/gin@v1.9.1", extraction.Packages[0].Purl);
        Assert.All(extraction.Packages, p => Assert.Equal("svc/go.mod", p.File));
        Assert.All(extraction.Packages, p => Assert.Null(p.Note));
    }

    [Fact]
    public void Replace_directives_swap_in_the_replacement_module_and_leave_local_directories_without_a_version()
    {
        var extraction = Extract("""
            module example.com/app

            require (
            	github.com/old/lib v1.0.0
            	github.com/pinned/lib v1.2.0
            	github.com/other/lib v2.0.0+incompatible
            	example.com/app/internal/tools v0.0.0-00010101000000-000000000000
            )

            exclude github.com/old/lib v0.9.0

            replace github.com/old/lib => github.com/fork/lib v1.0.1

            replace (
            	github.com/pinned/lib v1.1.0 => github.com/pinned/lib v1.1.5
            	github.com/other/lib v2.0.0+incompatible => github.com/other/lib v2.0.1+incompatible
            	example.com/app/internal/tools => ./tools
            )
            """);

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(
            [
                ("github.com/fork/lib", "v1.0.1", 4, DependencyScope.Direct, false),
                ("github.com/pinned/lib", "v1.2.0", 5, DependencyScope.Direct, false),
                ("github.com/other/lib", "v2.0.1+incompatible", 6, DependencyScope.Direct, false),
                ("example.com/app/internal/tools", "", 7, DependencyScope.Direct, false),
            ],
            Rows(extraction));
        Assert.Equal("replaces github.com/old/lib v1.0.0 (replace on line 12)", extraction.Packages[0].Note);
        Assert.Null(extraction.Packages[1].Note);
        Assert.Equal("pkg:golang/example.com/app/internal/tools", extraction.Packages[3].Purl);
        Assert.Contains("local directory ./tools (replace on line 17)", extraction.Packages[3].Note);
        Assert.Contains("not the published module", extraction.Packages[3].Note);
    }

    [Fact]
    public void A_version_that_go_sum_does_not_hold_gets_a_note_and_go_sum_lines_are_never_packages_themselves()
    {
        var extraction = Extract(
            """
            module example.com/app

            require (
            	github.com/a/a v1.0.0
            	github.com/b/b v1.1.0 // indirect
            )
            """,
            """
            github.com/a/a v1.0.0 h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
            github.com/a/a v1.0.0/go.mod h1:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB=
            github.com/b/b v1.0.0/go.mod h1:CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC=
            github.com/c/c v3.0.0 h1:DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD=
            """);

        Assert.Equal(["github.com/a/a", "github.com/b/b"], extraction.Packages.Select(p => p.Name));
        Assert.Null(extraction.Packages[0].Note);
        Assert.Equal("github.com/b/b v1.1.0 has no checksum in go.sum, so the version is not confirmed (go mod tidy would add it)", extraction.Packages[1].Note);
    }

    [Fact]
    public void Malformed_lines_become_diagnostics_with_their_line_and_the_rest_is_read()
    {
        var extraction = Extract("""
            module example.com/app

            require github.com/a/a
            require "github.com/b/b v1.0.0
            requre github.com/c/c v1.0.0
            require github.com/d/d 1.0.0
            replace github.com/e/e => github.com/f/f
            require github.com/ok/ok v1.0.0
            require (
            	github.com/g/g v0.1.0
            """);

        Assert.Equal(
            [
                ("github.com/ok/ok", "v1.0.0", 8, DependencyScope.Direct, false),
                ("github.com/g/g", "v0.1.0", 10, DependencyScope.Direct, false),
            ],
            Rows(extraction));
        Assert.Equal([3, 4, 5, 6, 7, 9], extraction.Diagnostics.Select(d => d.Line));
        Assert.All(extraction.Diagnostics, d => Assert.Equal("svc/go.mod", d.File));
        Assert.Contains("has 1 word(s)", extraction.Diagnostics[0].Message);
        Assert.Contains("not closed", extraction.Diagnostics[1].Message);
        Assert.Contains("unknown go.mod directive 'requre'", extraction.Diagnostics[2].Message);
        Assert.Contains("'1.0.0' is not a Go module version", extraction.Diagnostics[3].Message);
        Assert.Contains("not a directory", extraction.Diagnostics[4].Message);
        Assert.Contains("never closed", extraction.Diagnostics[5].Message);
    }

    [Fact]
    public void Windows_line_endings_and_an_empty_block_are_read()
    {
        var extraction = Extract("module m\r\nrequire ()\r\nrequire (\r\n\tgithub.com/a/a v1.0.0 // indirect\r\n)\r\n");

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal([("github.com/a/a", "v1.0.0", 4, DependencyScope.Transitive, false)], Rows(extraction));
    }

    [Theory]
    [InlineData("go.mod", true)]
    [InlineData("a/b/go.mod", true)]
    [InlineData("go.sum", false)]
    [InlineData("a/go.mod.bak", false)]
    [InlineData("a/xgo.mod", false)]
    public void Recognises_go_mod_by_name(string path, bool expected) =>
        Assert.Equal(expected, new GoModExtractor().Recognises(path));

    [Fact]
    public void Every_cut_of_a_valid_file_reads_without_throwing()
    {
        const string text = "module m\nrequire (\n\t\"github.com/a/a\" v1.0.0 // indirect\n)\nreplace github.com/a/a v1.0.0 => ../a\n";
        for (var length = 0; length <= text.Length; length++)
        {
            _ = Extract(text[..length]);
        }
    }

    [Fact]
    public void The_family_lists_the_go_mod_extractor()
    {
        Assert.Single(GoExtractors.All.OfType<GoModExtractor>());
    }
}
