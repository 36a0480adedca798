using Bulwark.Scanners.Packages.Extractors;
using Bulwark.Scanners.Packages.Extractors.Ruby;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Tests.Extractors.Ruby;

public class GemfileLockExtractorTests
{
    private static Extraction Extract(string text) => new GemfileLockExtractor().Extract(ExtractorInput.FromText("web/Gemfile.lock", text));

    private static IEnumerable<(string, string, int, DependencyScope, bool)> Rows(Extraction extraction) =>
        extraction.Packages.Select(p => (p.Name, p.Version, p.Line, p.Scope, p.Development));

    [Fact]
    public void Gem_specs_are_listed_with_platforms_stripped_and_git_and_path_gems_left_out()
    {
        var extraction = Extract("""
            GIT
              remote: https://github.com/example/feature_flags.git
              revision: 6f1c3a2d9be0f0c8a9b7e2d1c0ffee0123456789
              branch: main
              specs:
                feature_flags (0.4.0)
                  rack (>= 2.0)

            PATH
              remote: .
              specs:
                shop_core (1.2.0)
                  mini_portile2 (~> 2.8)

            GEM
              remote: https://rubygems.org/
              specs:
                mini_portile2 (2.8.7)
                nokogiri (1.16.6-arm64-darwin)
                  racc (~> 1.4)
                nokogiri (1.16.6-x86_64-linux)
                  racc (~> 1.4)
                racc (1.8.0)
                rack (3.1.7)
                rails-html-sanitizer (1.6.0)
                  loofah (~> 2.21)
                  nokogiri (~> 1.14)

            PLATFORMS
              arm64-darwin
              x86_64-linux

            DEPENDENCIES
              feature_flags!
              nokogiri (>= 1.16.5)
              rails-html-sanitizer
              shop_core!

            CHECKSUMS
              racc (1.8.0) sha256=4a7f6929691dbec8b5209a0b373bc2614882b55fc5d2e447a21aaa691303d62f

            BUNDLED WITH
               2.5.16
            """);

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(
            [
                ("mini_portile2", "2.8.7", 18, DependencyScope.Direct, false),
                ("nokogiri", "1.16.6", 19, DependencyScope.Direct, false),
                ("racc", "1.8.0", 23, DependencyScope.Transitive, false),
                ("rack", "3.1.7", 24, DependencyScope.Transitive, false),
                ("rails-html-sanitizer", "1.6.0", 25, DependencyScope.Direct, false),
            ],
            Rows(extraction));
        Assert.Equal("pkg:gem/nokogiri@1.16.6", extraction.Packages[1].Purl);
        Assert.Equal(
            [
                new DependencyEdge("pkg:gem/nokogiri@1.16.6", "pkg:gem/racc@1.8.0"),
                new DependencyEdge("pkg:gem/rails-html-sanitizer@1.6.0", "pkg:gem/nokogiri@1.16.6"),
            ],
            extraction.Edges);
    }

    [Fact]
    public void Without_a_dependencies_section_the_scope_is_unknown()
    {
        var extraction = Extract("GEM\r\n  remote: https://rubygems.org/\r\n  specs:\r\n    rake (13.2.1)\r\n");

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal([("rake", "13.2.1", 4, DependencyScope.Unknown, false)], Rows(extraction));
    }

    [Fact]
    public void Malformed_lines_become_diagnostics_with_their_line_and_the_rest_is_read()
    {
        var extraction = Extract("""
            GEM
              remote: https://rubygems.org/
              specs:
                actionpack 7.1.3
                  rack (>= 2.2.4)
                rack (3.0.9)
                 rack-test (2.1.0)
                rake (13.2.1)
            <<<<<<< HEAD
            DEPENDENCIES
              rack (~> 3.0
              rake
            """);

        Assert.Equal(
            [
                ("rack", "3.0.9", 6, DependencyScope.Transitive, false),
                ("rake", "13.2.1", 8, DependencyScope.Direct, false),
            ],
            Rows(extraction));
        Assert.Equal([4, 7, 11], extraction.Diagnostics.Select(d => d.Line));
        Assert.Equal("a spec line is '    name (version)', but this is 'actionpack 7.1.3'; it is skipped", extraction.Diagnostics[0].Message);
        Assert.Contains("not 5 spaces", extraction.Diagnostics[1].Message);
        Assert.Contains("'rack (~> 3.0'", extraction.Diagnostics[2].Message);
        Assert.Empty(extraction.Edges);
    }

    [Theory]
    [InlineData("Gemfile.lock", true)]
    [InlineData("apps/api/gems.locked", true)]
    [InlineData("Gemfile", false)]
    [InlineData("gemfile.lock", false)]
    public void Recognises_bundler_lockfiles_by_name(string path, bool expected) =>
        Assert.Equal(expected, new GemfileLockExtractor().Recognises(path));

    [Fact]
    public void Every_cut_of_a_valid_file_reads_without_throwing()
    {
        const string text = "GEM\n  remote: https://rubygems.org/\n  specs:\n    a (1.0-java)\n      b (~> 1)\n    b (1.1)\n\nDEPENDENCIES\n  a!\n";
        for (var length = 0; length <= text.Length; length++)
        {
            _ = Extract(text[..length]);
        }
    }

    [Fact]
    public void The_family_lists_the_gemfile_lock_extractor()
    {
        Assert.Single(RubyExtractors.All.OfType<GemfileLockExtractor>());
    }
}
