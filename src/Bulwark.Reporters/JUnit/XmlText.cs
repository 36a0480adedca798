using System.Text;
using System.Xml;

namespace Bulwark.Reporters.JUnit;

/// <summary>
/// XML 1.0 cannot hold most control characters or unpaired surrogates, even escaped, and scanned files
/// may contain them; each is replaced by U+FFFD so the document stays parseable.
/// </summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        if (IsClean(text))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(c).Append(text[++i]);
                continue;
            }

            result.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
        }

        return result.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }

            return false;
        }

        return true;
    }
}
