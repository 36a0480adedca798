using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Bulwark.Scanners.Packages.Extractors.JavaScript;

/// <summary>
/// Builds <see cref="YamlTreeNode"/>s from YamlDotNet's event stream (its document model has no easy way
/// back to key lines). On a syntax error it returns what was built up to there, so the entries before the
/// error still count. Only the first document is read.
/// </summary>
internal static class YamlTree
{
    /// <summary>Parses <paramref name="text"/>; the root is null only when nothing could be read.</summary>
    public static (YamlTreeNode? Root, (int Line, int Column, string Message)? Error) Parse(string text)
    {
        var parser = new Parser(new StringReader(text.TrimStart('\uFEFF')));
        var stack = new Stack<YamlTreeNode>();
        YamlTreeNode? root = null;
        string? key = null;
        var keyLine = 0;

        void Attach(YamlTreeNode node)
        {
            if (!stack.TryPeek(out var parent))
            {
                root ??= node;
            }
            else if (parent.IsMap)
            {
                parent.Entries.Add(new(key ?? "", node));
                key = null;
            }
            else
            {
                parent.Items.Add(node);
            }
        }

        int LineFor(ParsingEvent e) => stack.TryPeek(out var parent) && parent.IsMap && key is not null ? keyLine : (int)e.Start.Line;

        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case DocumentEnd when root is not null:
                        return (root, null);
                    case MappingStart start:
                        var map = new YamlTreeNode { IsMap = true, Line = LineFor(start) };
                        Attach(map);
                        stack.Push(map);
                        break;
                    case SequenceStart start:
                        var sequence = new YamlTreeNode { IsSequence = true, Line = LineFor(start) };
                        Attach(sequence);
                        stack.Push(sequence);
                        break;
                    case MappingEnd or SequenceEnd:
                        stack.Pop();
                        break;
                    case Scalar scalar when stack.TryPeek(out var parent) && parent.IsMap && key is null:
                        key = scalar.Value;
                        keyLine = (int)scalar.Start.Line;
                        break;
                    case Scalar scalar:
                        Attach(new YamlTreeNode { Line = LineFor(scalar), Text = scalar.Value });
                        break;
                    case AnchorAlias alias:
                        Attach(new YamlTreeNode { Line = LineFor(alias) });
                        break;
                }
            }

            return (root, null);
        }
        catch (YamlException error)
        {
            var message = error.Message;
            var cut = message.IndexOf("): ", StringComparison.Ordinal);
            message = message.StartsWith('(') && cut > 0 ? message[(cut + 3)..] : message;
            return (root, ((int)error.Start.Line, (int)error.Start.Column, $"not valid YAML: {message}"));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some unterminated flow collections; say where it was.
            var line = parser.Current is { } last ? (int)last.End.Line : 1;
            return (root, (line, 0, $"not valid YAML: the parser stopped after line {line} (an unclosed bracket or brace?)"));
        }
    }
}
