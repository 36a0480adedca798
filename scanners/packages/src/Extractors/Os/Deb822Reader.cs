using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>
/// Splits a Debian control-style file (dpkg's status database, a distroless status.d entry) into paragraphs:
/// <c>Field: value</c> lines, continuation lines that start with a space or tab, paragraphs separated by blank
/// lines (deb822(5)). A line that is neither is reported and skipped; the rest of the paragraph is kept.
/// </summary>
internal static class Deb822Reader
{
    private const int MaxLineDiagnostics = 20;

    /// <summary>The paragraphs of <paramref name="text"/>, in order.</summary>
    /// <param name="text">The file's content.</param>
    /// <param name="file">The file, for diagnostics.</param>
    /// <param name="diagnostics">Where malformed lines are reported.</param>
    public static List<Deb822Stanza> Read(string text, string file, List<PackageDiagnostic> diagnostics)
    {
        var stanzas = new List<Deb822Stanza>();
        Dictionary<string, string>? fields = null;
        string? last = null;
        var start = 0;
        var bad = 0;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var number = i + 1;
            if (line.Trim().Length == 0)
            {
                Close();
                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            if (line[0] is ' ' or '\t')
            {
                if (fields is not null && last is not null)
                {
                    fields[last] += "\n" + line.Trim();
                    continue;
                }

                Report(number, 1, "a continuation line (starting with a space) with no field before it");
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = colon > 0 ? line[..colon] : "";
            if (name.Length == 0 || name.Any(char.IsWhiteSpace))
            {
                Report(number, 1, $"expected 'Field: value', found '{Shorten(line)}'");
                continue;
            }

            if (fields is null)
            {
                fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                start = number;
            }

            fields[name] = line[(colon + 1)..].Trim();
            last = name;
        }

        Close();
        if (bad > MaxLineDiagnostics)
        {
            diagnostics.Add(new PackageDiagnostic(file, 0, 0, $"{bad - MaxLineDiagnostics} more malformed lines were skipped without a message each."));
        }

        return stanzas;

        void Close()
        {
            if (fields is not null)
            {
                stanzas.Add(new Deb822Stanza(start, fields));
            }

            fields = null;
            last = null;
        }

        void Report(int number, int column, string message)
        {
            if (++bad <= MaxLineDiagnostics)
            {
                diagnostics.Add(new PackageDiagnostic(file, number, column, message + "; the line was skipped."));
            }
        }
    }

    /// <summary>A line cut to a readable length for a message.</summary>
    public static string Shorten(string line) => line.Length <= 60 ? line : line[..57] + "...";
}
