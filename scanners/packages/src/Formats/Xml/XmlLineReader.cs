using System.Text.RegularExpressions;
using System.Xml;

namespace Bulwark.Scanners.Packages.Formats.Xml;

/// <summary>
/// Reads XML (project files, Directory.Packages.props, pom.xml) into <see cref="XmlLineElement"/>s that keep
/// their lines. DTDs are ignored and nothing external is ever resolved, since scanned files are untrusted.
/// When the XML breaks, the error says where, and the elements read before that point are kept.
/// </summary>
internal static partial class XmlLineReader
{
    /// <summary>
    /// The root element of <paramref name="text"/>: complete when <paramref name="error"/> is null, else what was
    /// read before the error; null when no element was read.
    /// </summary>
    public static XmlLineElement? Parse(string text, out XmlSyntaxError? error)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using var reader = XmlReader.Create(new StringReader(text), settings);
        var position = (IXmlLineInfo)reader;
        var open = new Stack<XmlLineElement>();
        XmlLineElement? root = null;
        error = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var element = new XmlLineElement(reader.LocalName, position.LineNumber, Math.Max(1, position.LinePosition - 1));
                        var empty = reader.IsEmptyElement;
                        while (reader.MoveToNextAttribute())
                        {
                            element.Attributes.TryAdd(reader.LocalName, reader.Value);
                        }

                        reader.MoveToElement();
                        if (open.TryPeek(out var parent))
                        {
                            parent.Children.Add(element);
                        }
                        else
                        {
                            root ??= element;
                        }

                        if (!empty)
                        {
                            open.Push(element);
                        }

                        break;
                    case XmlNodeType.EndElement:
                        open.Pop();
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        if (open.TryPeek(out var holder))
                        {
                            holder.AppendText(reader.Value);
                        }

                        break;
                }
            }
        }
        catch (XmlException e)
        {
            error = new XmlSyntaxError(e.LineNumber, e.LinePosition, Position().Replace(e.Message, ""));
        }

        return root;
    }

    // XmlException ends its messages with " Line 3, position 7."; the error carries those separately.
    [GeneratedRegex(@"\s*Line \d+, position \d+\.$")]
    private static partial Regex Position();
}
