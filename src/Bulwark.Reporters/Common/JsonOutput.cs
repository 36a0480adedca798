using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Bulwark.Reporters.Common;

/// <summary>How the JSON-based formats are written.</summary>
internal static class JsonOutput
{
    /// <summary>
    /// Indented with <c>\n</c> on every OS so reports diff cleanly. Non-ASCII text stays readable, while
    /// HTML-significant characters stay escaped so a report pasted into a page cannot become markup.
    /// </summary>
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Ends the document with a newline, as text files on POSIX are expected to.</summary>
    public static void Finish(Utf8JsonWriter json, Stream stream)
    {
        json.Flush();
        stream.Write("\n"u8);
    }
}
