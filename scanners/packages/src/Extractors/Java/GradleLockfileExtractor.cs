using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Java;

/// <summary>
/// Reads Gradle's dependency lockfiles (<c>gradle.lockfile</c>, <c>buildscript-gradle.lockfile</c>): one
/// <c>group:artifact:version=configuration,…</c> line per resolved module, a Maven package named
/// <c>group:artifact</c> at that line. A module locked only for test configurations (<c>testCompileClasspath</c>,
/// <c>testRuntimeClasspath</c>, <c>testFixtures…</c>) is Development. Gradle does not record which modules
/// were declared, so the scope is Unknown. The <c>empty=</c> line lists configurations with nothing locked.
/// </summary>
public sealed class GradleLockfileExtractor : IExtractor
{
    /// <inheritdoc/>
    public string Format => "Gradle gradle.lockfile";

    /// <inheritdoc/>
    public bool Recognises(string path) =>
        path[(path.LastIndexOf('/') + 1)..] is "gradle.lockfile" or "buildscript-gradle.lockfile";

    /// <inheritdoc/>
    public Extraction Extract(ExtractorInput input)
    {
        var extraction = new Extraction();
        var lines = input.Text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var module = equals < 0 ? line : line[..equals];
            var configurations = equals < 0 ? [] : line[(equals + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (module == "empty")
            {
                continue;
            }

            var parts = module.Split(':');
            if (parts.Length != 3 || parts.Any(p => p.Trim().Length == 0))
            {
                extraction.Diagnostics.Add(new PackageDiagnostic(input.Path, index + 1, 1,
                    $"a lockfile line is 'group:artifact:version=configurations', but this is '{line}'; it is skipped"));
                continue;
            }

            var name = $"{parts[0].Trim()}:{parts[1].Trim()}";
            var version = parts[2].Trim();
            extraction.Packages.Add(new Package
            {
                Ecosystem = Ecosystems.Maven,
                Name = name,
                Version = version,
                Purl = Purl.For(Ecosystems.Maven, name, version),
                File = input.Path,
                Line = index + 1,
                Scope = DependencyScope.Unknown,
                Development = configurations.Length > 0 && configurations.All(c => c.StartsWith("test", StringComparison.Ordinal)),
            });
        }

        return extraction;
    }
}
