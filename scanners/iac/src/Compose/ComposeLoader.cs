using System.Text.RegularExpressions;
using Bulwark.Scanners.Iac.Model;
using Bulwark.Scanners.Iac.Yaml;

namespace Bulwark.Scanners.Iac.Compose;

/// <summary>
/// Reads Docker Compose files: each service as a <c>compose_service</c> at <c>service NAME</c>, with
/// <c>environment</c> as an object, <c>volumes</c> entries as objects (<c>{type, source, target, readOnly}</c>)
/// and <c>publishedPorts</c> (<c>{hostIp, published, target, protocol}</c>) beside <c>ports</c>; top-level
/// networks, volumes and secrets as <c>compose_network</c>, <c>compose_volume</c> and <c>compose_secret</c>.
/// </summary>
public static partial class ComposeLoader
{
    private const int Peek = 64 * 1024;

    // Top-level sections whose entries become resources, with the type and the word their addresses start with.
    private static readonly (string Section, string Type, string Word)[] Sections =
    [
        ("services", "compose_service", "service"),
        ("networks", "compose_network", "network"),
        ("volumes", "compose_volume", "volume"),
        ("secrets", "compose_secret", "secret"),
    ];

    /// <summary>
    /// True for <c>docker-compose*.yml</c>, <c>compose*.yaml</c> and the like, and for any YAML file with a top-level
    /// <c>services</c> mapping whose entries have <c>image</c> or <c>build</c>; never for Kubernetes manifests.
    /// </summary>
    /// <param name="path">The file's path (its name and extension are used).</param>
    /// <param name="text">The file's text (only its beginning is looked at).</param>
    public static bool Recognises(string path, string text)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (!name.EndsWith(".yml", StringComparison.Ordinal) && !name.EndsWith(".yaml", StringComparison.Ordinal))
        {
            return false;
        }

        var head = text.Length > Peek ? text[..Peek] : text;
        var services = TopLevelServices().IsMatch(head);
        if (!services && TopLevelApiVersion().IsMatch(head))
        {
            return false;
        }

        return name.StartsWith("docker-compose", StringComparison.Ordinal) || name.StartsWith("compose", StringComparison.Ordinal)
            || (services && ImageOrBuild().IsMatch(head));
    }

    /// <summary>
    /// Reads the file. When it does not parse, the diagnostic carries the line and column and whatever could be
    /// read is kept; suppression comments are placed on the service (or network, volume, secret) they precede or
    /// on the lines they cover.
    /// </summary>
    /// <param name="path">The file's path relative to the scan root, as findings name it.</param>
    /// <param name="text">The file's text.</param>
    public static IacDocument Load(string path, string text)
    {
        var layout = new YamlLayout();
        var unclosed = layout.Add(text);
        var (roots, problem) = YamlDocuments.Read(path, text);
        var diagnostics = new List<IacDiagnostic>();
        if (problem is not null)
        {
            diagnostics.Add(unclosed.IsKnown ? problem with { Range = unclosed } : problem);
        }

        var found = roots.Select(r => YamlConversion.ToIac(r)).OfType<IacObject>().SelectMany(root => Resources(path, root)).ToList();
        var placed = YamlSuppressionPlacement.Place(layout, found.Select(r => r.Range).ToList());
        return new IacDocument
        {
            Platform = IacPlatform.Compose,
            File = path,
            Resources = found.Select((r, i) => r with { Suppressions = placed.PerUnit[i] }).ToList(),
            Diagnostics = diagnostics,
            LineSuppressions = placed.Lines.Select(s => (path, s)).ToList(),
        };
    }

    private static IEnumerable<IacResource> Resources(string path, IacObject root)
    {
        foreach (var (section, type, word) in Sections)
        {
            if (root[section] is not IacObject entries)
            {
                continue;
            }

            foreach (var entry in entries.Members)
            {
                // "data:" with nothing under it is a complete declaration: a volume with every default.
                var attributes = entry.Value as IacObject ?? IacObject.EmptyObject with { Range = entry.Value.Range };
                yield return new IacResource
                {
                    Platform = IacPlatform.Compose,
                    Type = type,
                    Name = entry.Key,
                    Address = $"{word} {entry.Key}",
                    File = path,
                    Range = IacPositions.Extent(entry),
                    Attributes = section == "services" ? ComposeService.Normalise(attributes) : attributes,
                };
            }
        }
    }

    [GeneratedRegex(@"^services[ \t]*:[ \t]*(#.*)?\r?$", RegexOptions.Multiline)]
    private static partial Regex TopLevelServices();

    [GeneratedRegex(@"^[ \t]+(image|build)[ \t]*:", RegexOptions.Multiline)]
    private static partial Regex ImageOrBuild();

    [GeneratedRegex(@"^apiVersion[ \t]*:", RegexOptions.Multiline)]
    private static partial Regex TopLevelApiVersion();
}
