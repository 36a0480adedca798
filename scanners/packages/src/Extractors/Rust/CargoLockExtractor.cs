using System.Globalization;
using Bulwark.Scanners.Packages.Formats.Toml;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Rust;

/// <summary>
/// Reads Cargo.lock, lockfile versions 1 to 4. Each <c>[[package]]</c> from crates.io becomes a package at its
/// header's line; workspace members and path crates (no <c>source</c>) are the project itself, and git or other
/// registries' crates are not crates.io packages, so neither is listed. The <c>dependencies</c> arrays give the
/// edges; a crate that a workspace member or path crate depends on is Direct, every other one Transitive.
/// </summary>
public sealed class CargoLockExtractor : IExtractor
{
    private const int NewestKnownVersion = 4;

    /// <inheritdoc/>
    public string Format => "Rust Cargo.lock (v1, v2, v3, v4)";

    /// <inheritdoc/>
    public bool Recognises(string path) => path[(path.LastIndexOf('/') + 1)..] == "Cargo.lock";

    /// <inheritdoc/>
    public Extraction Extract(ExtractorInput input)
    {
        var extraction = new Extraction();
        var (root, errors) = TomlReader.Parse(input.Text);
        foreach (var error in errors)
        {
            extraction.Diagnostics.Add(new PackageDiagnostic(input.Path, error.Line, error.Column, error.Message));
        }

        CheckVersion(root, input.Path, extraction.Diagnostics);
        var packages = root.Tables("package")
            .Select(t => Read(t, input.Path, extraction.Diagnostics))
            .OfType<CargoPackage>()
            .ToList();

        var byName = packages.ToLookup(p => p.Name, StringComparer.Ordinal);
        var direct = new HashSet<CargoPackage>();
        var edges = new HashSet<DependencyEdge>();
        foreach (var from in packages)
        {
            foreach (var reference in from.Dependencies)
            {
                var to = byName[reference.Split(' ')[0]].FirstOrDefault(p => p.Matches(reference));
                if (to is null)
                {
                    extraction.Diagnostics.Add(new PackageDiagnostic(input.Path, from.Line, 0,
                        $"{from.Name} {from.Version} depends on '{reference}', which has no [[package]] entry in the lockfile"));
                    continue;
                }

                if (!to.FromCratesIo || !(from.FromCratesIo || from.IsLocal))
                {
                    continue;
                }

                if (from.IsLocal)
                {
                    direct.Add(to);
                }

                var edge = new DependencyEdge(PurlOf(from), PurlOf(to));
                if (edges.Add(edge))
                {
                    extraction.Edges.Add(edge);
                }
            }
        }

        extraction.Packages.AddRange(packages.Where(p => p.FromCratesIo).Select(p => new Package
        {
            Ecosystem = Ecosystems.CratesIo,
            Name = p.Name,
            Version = p.Version,
            Purl = PurlOf(p),
            File = input.Path,
            Line = p.Line,
            Scope = direct.Contains(p) ? DependencyScope.Direct : DependencyScope.Transitive,
        }));
        return extraction;
    }

    private static string PurlOf(CargoPackage package) => Purl.For(Ecosystems.CratesIo, package.Name, package.Version);

    private static CargoPackage? Read(TomlNode table, string file, List<PackageDiagnostic> diagnostics)
    {
        var name = Scalar(table["name"]);
        var version = Scalar(table["version"]);
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(version))
        {
            diagnostics.Add(new PackageDiagnostic(file, table.Line, 0,
                $"this [[package]] has no {(string.IsNullOrWhiteSpace(name) ? "name" : "version")}; it is skipped"));
            return null;
        }

        // A source of another shape than a string is still a source: the crate is neither from crates.io nor local.
        var source = table["source"] is { } written ? Scalar(written) ?? "" : null;
        var dependencies = table["dependencies"] is { Kind: TomlNodeKind.Array } array ? array.Items.Select(i => i.Text).ToList() : [];
        return new CargoPackage(name, version, source, dependencies, table.Line);
    }

    // Cargo writes strings; a bare number or word is taken as written rather than lost.
    private static string? Scalar(TomlNode? value) => value is { Kind: TomlNodeKind.String or TomlNodeKind.Literal } ? value.Text : null;

    private static void CheckVersion(TomlNode root, string file, List<PackageDiagnostic> diagnostics)
    {
        if (root["version"] is not { } value)
        {
            return;
        }

        if (!int.TryParse(value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version > NewestKnownVersion)
        {
            diagnostics.Add(new PackageDiagnostic(file, value.Line, 0,
                $"lockfile version '{value.Text}' is not one this reader knows (1 to {NewestKnownVersion}); it is read as version {NewestKnownVersion}"));
        }
    }
}
