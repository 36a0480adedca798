using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.JavaScript;

/// <summary>
/// yarn.lock, both flavours behind the one file name: yarn 1's own text format and yarn 2+ ("Berry"),
/// told apart by Berry's <c>__metadata</c> entry.
/// </summary>
public sealed class YarnLockExtractor : IExtractor
{
    /// <inheritdoc />
    public string Format => "yarn.lock (yarn 1, yarn 2+)";

    /// <inheritdoc />
    public bool Recognises(string path) => path == "yarn.lock" || path.EndsWith("/yarn.lock", StringComparison.Ordinal);

    /// <inheritdoc />
    public Extraction Extract(ExtractorInput input)
    {
        var graph = new NpmLockGraph(input.Path);
        var (entries, errors) = YarnLockLines.Parse(input.Text);
        foreach (var (line, message) in errors)
        {
            graph.Diagnose(line, message);
        }

        if (entries.Any(e => e.Key == "__metadata"))
        {
            YarnBerryReader.Read(entries, graph, input);
        }
        else
        {
            YarnClassicReader.Read(entries, graph, input);
        }

        return graph.Finish();
    }
}
