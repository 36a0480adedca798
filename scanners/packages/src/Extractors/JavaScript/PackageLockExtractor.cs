using System.Globalization;
using Bulwark.Scanners.Packages.Formats.Json;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.JavaScript;

/// <summary>
/// npm's package-lock.json and npm-shrinkwrap.json (the same format): v1's nested <c>dependencies</c>
/// tree, and v2/v3's flat <c>packages</c> map keyed by node_modules path (v2 carries both; the
/// <c>packages</c> map is the complete one, so it wins).
/// </summary>
public sealed class PackageLockExtractor : IExtractor
{
    /// <inheritdoc />
    public string Format => "npm package-lock.json / npm-shrinkwrap.json (v1, v2, v3)";

    /// <inheritdoc />
    public bool Recognises(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name is "package-lock.json" or "npm-shrinkwrap.json";
    }

    /// <inheritdoc />
    public Extraction Extract(ExtractorInput input)
    {
        var graph = new NpmLockGraph(input.Path);
        var root = LocatedJsonParser.Parse(input.Text, out var error);
        if (error is not null)
        {
            graph.Diagnose(error.Line, $"not valid JSON: {error.Message}" + (root is null ? "" : "; entries before this point were read"), error.Column);
        }

        if (root is null || root.Kind != JsonKind.Object)
        {
            if (root is not null)
            {
                graph.Diagnose(root.Line, "not a package-lock: the file is not a JSON object");
            }

            return graph.Finish();
        }

        if (root.Member("lockfileVersion") is { Value.Kind: JsonKind.Number } version
            && int.TryParse(version.Value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 3)
        {
            graph.Diagnose(version.Line, $"lockfileVersion {number} is newer than the versions this reader knows (1 to 3); read as version 3");
        }

        if (root["packages"] is { Kind: JsonKind.Object } packages)
        {
            PackageLockPackagesReader.Read(packages, graph);
        }
        else if (root["dependencies"] is { Kind: JsonKind.Object } dependencies)
        {
            PackageLockDependenciesReader.Read(root, dependencies, graph, input);
        }

        return graph.Finish();
    }
}
