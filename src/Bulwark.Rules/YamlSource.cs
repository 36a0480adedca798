using Bulwark.Sdk;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bulwark.Rules;

/// <summary>
/// Loads YAML keeping line numbers, so every later problem can say <c>file:line</c>.
/// Syntax errors become a <see cref="ConfigProblem"/>, never an exception.
/// </summary>
public static class YamlSource
{
    /// <summary>Parses <paramref name="text"/>; <paramref name="displayPath"/> is how messages name the file.</summary>
    public static Created<YamlNode> Parse(string displayPath, string text)
    {
        var stream = new YamlStream();
        var parser = new PositionTrackingParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (InvalidOperationException)
        {
            // The library lost its place (an unterminated flow collection or quote); point just past the last good token.
            return Created<YamlNode>.Failed($"{displayPath}:{parser.LastGood.Line}", "invalid YAML: unterminated [ ], { } or quoted value after this line");
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            var reason = message.Contains("): ", StringComparison.Ordinal) ? message[(message.IndexOf("): ", StringComparison.Ordinal) + 3)..] : message;
            return Created<YamlNode>.Failed($"{displayPath}:{e.Start.Line}", "invalid YAML: " + reason);
        }

        if (stream.Documents.Count == 0)
        {
            return Created<YamlNode>.Ok(new YamlMappingNode());
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start.Line;
            return Created<YamlNode>.Failed($"{displayPath}:{second}", "expected one YAML document, found several");
        }

        return Created<YamlNode>.Ok(stream.Documents[0].RootNode);
    }

    /// <summary>Reads and parses a file; an unreadable file is a problem naming it.</summary>
    public static Created<YamlNode> Load(string path, string displayPath)
    {
        try
        {
            return Parse(displayPath, File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Created<YamlNode>.Failed(displayPath, "cannot read file: " + e.Message);
        }
    }
}
