using Bulwark.Scanners.Packages.Extractors;
using Bulwark.Scanners.Packages.Extractors.DotNet;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Tests.Extractors.DotNet;

public class DepsJsonExtractorTests
{
    private static Extraction Extract(string text) =>
        new DepsJsonExtractor().Extract(ExtractorInput.FromText("publish/Shop.Api.deps.json", text));

    private static IEnumerable<(string, string, int, DependencyScope, bool)> Rows(Extraction extraction) =>
        extraction.Packages.Select(p => (p.Name, p.Version, p.Line, p.Scope, p.Development));

    [Fact]
    public void Package_libraries_are_listed_with_scope_and_edges_from_the_targets()
    {
        var extraction = Extract("""
            {
              "runtimeTarget": {
                "name": ".NETCoreApp,Version=v8.0",
                "signature": ""
              },
              "compilationOptions": {},
              "targets": {
                ".NETCoreApp,Version=v8.0": {
                  "Shop.Api/1.0.0": {
                    "dependencies": {
                      "Npgsql": "8.0.3",
                      "Shop.Domain": "1.0.0"
                    },
                    "runtime": { "Shop.Api.dll": {} }
                  },
                  "Microsoft.Extensions.Logging.Abstractions/8.0.0": {
                    "runtime": { "lib/net8.0/Microsoft.Extensions.Logging.Abstractions.dll": {} }
                  },
                  "Npgsql/8.0.3": {
                    "dependencies": {
                      "Microsoft.Extensions.Logging.Abstractions": "8.0.0"
                    }
                  },
                  "Shop.Domain/1.0.0": {
                    "runtime": { "Shop.Domain.dll": {} }
                  }
                }
              },
              "libraries": {
                "Shop.Api/1.0.0": {
                  "type": "project",
                  "serviceable": false,
                  "sha512": ""
                },
                "Microsoft.Extensions.Logging.Abstractions/8.0.0": {
                  "type": "package",
                  "serviceable": true,
                  "sha512": "sha512-arDBqTgFCyS0EvRV7O3MZturChstm50OJ0y9bDJvAcmEPJm0FFpFyjU/JLYyStNGGey081DvnQYlncNX5SJJGA==",
                  "path": "microsoft.extensions.logging.abstractions/8.0.0",
                  "hashPath": "microsoft.extensions.logging.abstractions.8.0.0.nupkg.sha512"
                },
                "Npgsql/8.0.3": {
                  "type": "package",
                  "serviceable": true,
                  "sha512": "sha512-6WEmzsQJCZAlUG1pThKg/RmeF6V+I0DmBBBE/8YzpRtEzhyZzKcK7ulMANDm5CkxrALBEC8H+5plxHWtIL7xnA==",
                  "path": "npgsql/8.0.3",
                  "hashPath": "npgsql.8.0.3.nupkg.sha512"
                },
                "Shop.Domain/1.0.0": {
                  "type": "project",
                  "serviceable": false,
                  "sha512": ""
                }
              }
            }
            """);

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(
            [
                ("Microsoft.Extensions.Logging.Abstractions", "8.0.0", 35, DependencyScope.Transitive, false),
                ("Npgsql", "8.0.3", 42, DependencyScope.Direct, false),
            ],
            Rows(extraction));
        Assert.Equal(
            [
                new DependencyEdge("pkg:nuget/Shop.Api@1.0.0", "pkg:nuget/Npgsql@8.0.3"),
                new DependencyEdge("pkg:nuget/Npgsql@8.0.3", "pkg:nuget/Microsoft.Extensions.Logging.Abstractions@8.0.0"),
            ],
            extraction.Edges);
    }

    [Fact]
    public void Without_targets_the_scope_is_unknown_and_a_key_without_a_version_is_reported()
    {
        var extraction = Extract("""
            {
              "libraries": {
                "Dapper/2.1.35": { "type": "package" },
                "Broken": { "type": "package" },
                "Microsoft.NETCore.App.Runtime.linux-x64/8.0.6": { "type": "runtimepack" }
              }
            }
            """);

        Assert.Equal([("Dapper", "2.1.35", 3, DependencyScope.Unknown, false)], Rows(extraction));
        Assert.Equal(4, Assert.Single(extraction.Diagnostics).Line);
        Assert.Contains("'Broken' is not 'Name/Version'", extraction.Diagnostics[0].Message);
    }

    [Fact]
    public void Broken_json_keeps_the_libraries_before_the_break()
    {
        var extraction = Extract("{\n  \"libraries\": {\n    \"Dapper/2.1.35\": { \"type\": \"package\" },\n    \"Polly/8.4.1\": { \"type\": \"package\" \n");

        Assert.Equal(["Dapper", "Polly"], extraction.Packages.Select(p => p.Name));
        Assert.StartsWith("not valid JSON", Assert.Single(extraction.Diagnostics).Message);
    }

    [Theory]
    [InlineData("bin/Release/net8.0/Shop.Api.deps.json", true)]
    [InlineData("Shop.Api.runtimeconfig.json", false)]
    [InlineData("deps.json.bak", false)]
    public void Recognises_deps_json_by_suffix(string path, bool expected) =>
        Assert.Equal(expected, new DepsJsonExtractor().Recognises(path));
}
