using Bulwark.Sdk;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Bulwark.Scanners.Detection.Sigma.Loading;

/// <summary>
/// Reads every YAML document of a file (a Sigma file may hold a rule collection, or a correlation with its rules),
/// keeping line numbers. Bulwark.Rules' YamlSource reads exactly one document, so this is its multi-document sibling.
/// </summary>
internal static class YamlDocuments
{
    public static Created<IReadOnlyList<YamlNode>> Parse(string displayPath, string text)
    {
        var stream = new YamlStream();
        var parser = new LastGoodParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet sometimes loses its place without a position (an unterminated flow collection or quote).
            return Created<IReadOnlyList<YamlNode>>.Failed($"{displayPath}:{parser.LastGood.Line}", "invalid YAML: unterminated [ ], { } or quoted value after this line");
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            var cut = message.IndexOf("): ", StringComparison.Ordinal);
            return Created<IReadOnlyList<YamlNode>>.Failed($"{displayPath}:{e.Start.Line}", "invalid YAML: " + (cut >= 0 ? message[(cut + 3)..] : message));
        }

        return Created<IReadOnlyList<YamlNode>>.Ok(stream.Documents.Select(d => d.RootNode).ToList());
    }

    private sealed class LastGoodParser(IParser inner) : IParser
    {
        public Mark LastGood { get; private set; } = Mark.Empty;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (inner.Current is { } current)
            {
                LastGood = current.End;
            }

            return inner.MoveNext();
        }
    }
}
