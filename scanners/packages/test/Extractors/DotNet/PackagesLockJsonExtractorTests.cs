using Bulwark.Scanners.Packages.Extractors;
using Bulwark.Scanners.Packages.Extractors.DotNet;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Tests.Extractors.DotNet;

public class PackagesLockJsonExtractorTests
{
    private static Extraction Extract(string text) =>
        new PackagesLockJsonExtractor().Extract(ExtractorInput.FromText("src/Api/packages.lock.json", text));

    private static IEnumerable<(string, string, int, DependencyScope, bool)> Rows(Extraction extraction) =>
        extraction.Packages.Select(p => (p.Name, p.Version, p.Line, p.Scope, p.Development));

    [Fact]
    public void Packages_of_every_framework_are_listed_once_at_their_first_line_and_projects_are_skipped()
    {
        var extraction = Extract("""
            {
              "version": 2,
              "dependencies": {
                "net8.0": {
                  "Serilog.Sinks.Console": {
                    "type": "Direct",
                    "requested": "[5.0.1, )",
                    "resolved": "5.0.1",
                    "contentHash": "6Jt8jl9y2ey8VV7nVEUAyjjyxjAQuvd5+qj4XYAT9CwcsvR70HHULGBeD+K2WCALFXf7CFsNQT4lON6qXcu2AA==",
                    "dependencies": {
                      "Serilog": "3.1.1"
                    }
                  },
                  "Serilog": {
                    "type": "Transitive",
                    "resolved": "3.1.1",
                    "contentHash": "P6G4/4Kt9bT635bhuwdXlJ2SCqqn2nhh4gqFqQueCOr9bK/e7W9ll/IoX1Ter948cV2Z/5+5v8pAfJYUISY03A=="
                  },
                  "Shop.Domain": {
                    "type": "Project",
                    "dependencies": {
                      "Serilog": "[3.1.1, )"
                    }
                  }
                },
                "net6.0": {
                  "Serilog": {
                    "type": "Direct",
                    "requested": "[3.1.1, )",
                    "resolved": "3.1.1"
                  },
                  "System.Text.Json": {
                    "type": "CentralTransitive",
                    "requested": "[8.0.4, )",
                    "resolved": "8.0.4"
                  }
                }
              }
            }
            """);

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(
            [
                ("Serilog.Sinks.Console", "5.0.1", 5, DependencyScope.Direct, false),
                ("Serilog", "3.1.1", 14, DependencyScope.Direct, false),
                ("System.Text.Json", "8.0.4", 32, DependencyScope.Transitive, false),
            ],
            Rows(extraction));
        Assert.Equal("pkg:nuget/Serilog.Sinks.Console@5.0.1", extraction.Packages[0].Purl);
        Assert.Equal([new DependencyEdge("pkg:nuget/Serilog.Sinks.Console@5.0.1", "pkg:nuget/Serilog@3.1.1")], extraction.Edges);
    }

    [Fact]
    public void Broken_json_gives_a_diagnostic_at_its_line_and_keeps_the_packages_before_it()
    {
        var extraction = Extract("""
            {
              "version": 1,
              "dependencies": {
                "net8.0": {
                  "Newtonsoft.Json": { "type": "Direct", "resolved": "13.0.3" },
                  "Dapper": { "type": "Direct" },
                  "Polly": { "type": "Direct", "resolved": "8.4.1" }
                  "Humanizer": { "type": "Direct", "resolved": "2.14.1" }
                }
              }
            }
            """);

        Assert.Equal(
            [
                ("Newtonsoft.Json", "13.0.3", 5, DependencyScope.Direct, false),
                ("Polly", "8.4.1", 7, DependencyScope.Direct, false),
            ],
            Rows(extraction));
        Assert.Equal([(8, 7), (6, 0)], extraction.Diagnostics.Select(d => (d.Line, d.Column)));
        Assert.StartsWith("not valid JSON: ", extraction.Diagnostics[0].Message);
        Assert.DoesNotContain("LineNumber", extraction.Diagnostics[0].Message);
        Assert.Equal("Dapper has no \"resolved\" version; it is skipped", extraction.Diagnostics[1].Message);
    }

    [Fact]
    public void A_file_without_frameworks_or_of_an_unknown_version_says_so()
    {
        var noFrameworks = Extract("{ \"version\": 1 }");
        var unknownVersion = Extract("{\n  \"version\": 3,\n  \"dependencies\": {}\n}");
        var empty = Extract("");

        Assert.Equal("packages.lock.json has no \"dependencies\" object of target frameworks", Assert.Single(noFrameworks.Diagnostics).Message);
        Assert.Equal(2, Assert.Single(unknownVersion.Diagnostics).Line);
        Assert.Equal(1, Assert.Single(empty.Diagnostics).Line);
        Assert.Empty(empty.Packages);
    }

    [Theory]
    [InlineData("packages.lock.json", true)]
    [InlineData("src/Api/packages.lock.json", true)]
    [InlineData("package-lock.json", false)]
    public void Recognises_packages_lock_json_by_name(string path, bool expected) =>
        Assert.Equal(expected, new PackagesLockJsonExtractor().Recognises(path));

    [Fact]
    public void Every_cut_of_a_valid_file_reads_without_throwing()
    {
        const string text = "{\"version\":2,\"dependencies\":{\"net8.0\":{\"A\":{\"type\":\"Direct\",\"resolved\":\"1.0.0\",\"dependencies\":{\"B\":\"1.0\"}},\"B\":{\"type\":\"Transitive\",\"resolved\":\"1.0\"}}}}";
        for (var length = 0; length <= text.Length; length++)
        {
            _ = Extract(text[..length]);
        }
    }
}
