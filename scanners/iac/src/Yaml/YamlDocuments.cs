using Bulwark.Scanners.Iac.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bulwark.Scanners.Iac.Yaml;

/// <summary>Reads every document of a YAML file; a syntax error becomes a diagnostic with its line and column.</summary>
public static class YamlDocuments
{
    /// <summary>The documents' root nodes, or the diagnostic that stopped reading (documents before it are kept).</summary>
    public static (IReadOnlyList<YamlNode> Roots, IacDiagnostic? Problem) Read(string path, string text)
    {
        var roots = new List<YamlNode>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            roots.AddRange(stream.Documents.Select(d => d.RootNode));
            var message = e.InnerException?.Message ?? e.Message;
            var cut = message.IndexOf("): ", StringComparison.Ordinal);
            return (roots, new IacDiagnostic(path, new SourceRange((int)e.Start.Line, (int)e.Start.Column, (int)e.End.Line, (int)e.End.Column), "invalid YAML: " + (cut >= 0 ? message[(cut + 3)..] : message)));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            return (roots, new IacDiagnostic(path, SourceRange.None, "invalid YAML: an unterminated collection or quoted value"));
        }

        roots.AddRange(stream.Documents.Select(d => d.RootNode));
        return (roots, null);
    }
}
