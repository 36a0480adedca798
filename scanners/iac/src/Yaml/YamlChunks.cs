namespace Bulwark.Scanners.Iac.Yaml;

/// <summary>One YAML document's text and the file line it starts on.</summary>
/// <param name="FirstLine">The 1-based file line of the chunk's first line.</param>
/// <param name="Text">The chunk's text, from its <c>---</c> marker (if any) to just before the next one.</param>
internal readonly record struct YamlChunk(int FirstLine, string Text);

/// <summary>
/// Cuts a multi-document YAML file at its <c>---</c> markers so each document is parsed on its own: a syntax
/// error in one document then costs only that document, where a single YAML stream stops at the first error.
/// </summary>
internal static class YamlChunks
{
    /// <summary>The chunks in file order; the first holds whatever precedes the first marker (often only comments).</summary>
    public static IReadOnlyList<YamlChunk> Split(string text)
    {
        var chunks = new List<YamlChunk>();
        var chunkStart = 0;
        var chunkLine = 1;
        var line = 1;
        for (var lineStart = 0; lineStart < text.Length; line++)
        {
            var newline = text.IndexOf('\n', lineStart);
            var next = newline < 0 ? text.Length : newline + 1;
            if (lineStart > chunkStart && IsDocumentStart(text.AsSpan(lineStart, next - lineStart)))
            {
                chunks.Add(new YamlChunk(chunkLine, text[chunkStart..lineStart]));
                chunkStart = lineStart;
                chunkLine = line;
            }

            lineStart = next;
        }

        chunks.Add(new YamlChunk(chunkLine, text[chunkStart..]));
        return chunks;
    }

    // YAML 1.2 §9.1.4: "---" at the start of a line, followed by white space or the line end, always starts a
    // document, even where it would otherwise look like scalar content.
    private static bool IsDocumentStart(ReadOnlySpan<char> line) =>
        line.StartsWith("---") && (line.Length == 3 || line[3] is ' ' or '\t' or '\r' or '\n');
}
