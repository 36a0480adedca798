using Bulwark.Scanners.Packages.Extractors;
using Bulwark.Scanners.Packages.Extractors.Php;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Tests.Extractors.Php;

public class ComposerLockExtractorTests
{
    private static readonly string Lock = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Php", "app-with-dev-packages", "composer.lock"));

    private static readonly string Manifest = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Php", "app-with-dev-packages", "composer.json"));

    private static Extraction Extract(string text, string? composerJson = null) =>
        new ComposerLockExtractor().Extract(ExtractorInput.FromText("site/composer.lock", text, p => p == "site/composer.json" ? composerJson : null));

    private static IEnumerable<(string, string, int, DependencyScope, bool)> Rows(Extraction extraction) =>
        extraction.Packages.Select(p => (p.Name, p.Version, p.Line, p.Scope, p.Development));

    [Fact]
    public void Packages_and_dev_packages_are_listed_at_their_name_lines_with_scope_from_composer_json()
    {
        var extraction = Extract(Lock, Manifest);

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(
            [
                ("guzzlehttp/guzzle", "7.8.1", 9, DependencyScope.Direct, false),
                ("guzzlehttp/psr7", "2.6.2", 25, DependencyScope.Transitive, false),
                ("symfony/yaml", "v6.4.8", 38, DependencyScope.Direct, false),
                ("phpunit/phpunit", "10.5.20", 44, DependencyScope.Direct, true),
                ("sebastian/diff", "5.1.1", 53, DependencyScope.Transitive, true),
            ],
            Rows(extraction));
        Assert.Equal("pkg:composer/symfony/yaml@v6.4.8", extraction.Packages[2].Purl);
        Assert.Equal(
            [
                new DependencyEdge("pkg:composer/guzzlehttp/guzzle@7.8.1", "pkg:composer/guzzlehttp/psr7@2.6.2"),
                new DependencyEdge("pkg:composer/phpunit/phpunit@10.5.20", "pkg:composer/sebastian/diff@5.1.1"),
            ],
            extraction.Edges);
    }

    [Fact]
    public void Without_composer_json_the_scope_is_unknown()
    {
        Assert.All(Extract(Lock).Packages, p => Assert.Equal(DependencyScope.Unknown, p.Scope));
    }

    [Fact]
    public void Packages_without_a_name_or_version_and_broken_json_give_diagnostics_and_the_rest_is_read()
    {
        var extraction = Extract("""
            {
                "packages": [
                    {
                        "name": "psr/log",
                        "version": "3.0.0"
                    },
                    {
                        "name": "psr/container"
                    },
                    {
                        "version": "1.0.0"
                    },
                    {
                        "name": "monolog/monolog",
                        "version": "3.6.0",
                    },
                    {
                        "name": "psr/cache",
                        "version": "3.0.0"
                    }
                    {
                        "name": "never/read",
                        "version": "1.0.0"
                    }
                ],
                "packages-dev": {}
            }
            """);

        Assert.Equal(
            [
                ("psr/log", "3.0.0", 4, DependencyScope.Unknown, false),
                ("monolog/monolog", "3.6.0", 14, DependencyScope.Unknown, false),
                ("psr/cache", "3.0.0", 18, DependencyScope.Unknown, false),
            ],
            Rows(extraction));
        Assert.Equal([21, 8, 10], extraction.Diagnostics.Select(d => d.Line));
        Assert.StartsWith("not valid JSON", extraction.Diagnostics[0].Message);
        Assert.Equal("a locked package needs a \"name\" and a \"version\", but this one has no version (psr/container); it is skipped", extraction.Diagnostics[1].Message);
        Assert.Contains("has no name", extraction.Diagnostics[2].Message);
    }

    [Fact]
    public void A_packages_entry_that_is_not_an_array_is_reported()
    {
        var extraction = Extract("{\n  \"packages\": {},\n  \"packages-dev\": []\n}");

        Assert.Empty(extraction.Packages);
        Assert.Equal((2, "\"packages\" should be an array of packages; it is skipped"), (extraction.Diagnostics.Single().Line, extraction.Diagnostics.Single().Message));
    }

    [Theory]
    [InlineData("composer.lock", true)]
    [InlineData("web/composer.lock", true)]
    [InlineData("composer.json", false)]
    public void Recognises_composer_lock_by_name(string path, bool expected) =>
        Assert.Equal(expected, new ComposerLockExtractor().Recognises(path));

    [Fact]
    public void Every_cut_of_a_valid_file_reads_without_throwing()
    {
        for (var length = 0; length <= Lock.Length; length += 7)
        {
            _ = Extract(Lock[..length], Manifest[..Math.Min(length, Manifest.Length)]);
        }
    }

    [Fact]
    public void The_family_lists_the_composer_lock_extractor()
    {
        Assert.Single(PhpExtractors.All.OfType<ComposerLockExtractor>());
    }
}
