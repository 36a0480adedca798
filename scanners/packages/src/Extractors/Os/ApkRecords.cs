using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>
/// Splits Alpine's installed database into records: lines <c>X:value</c> with a one-character key, records
/// separated by blank lines. A line of another shape is reported (once per record) and skipped.
/// </summary>
internal static class ApkRecords
{
    /// <summary>The records of <paramref name="text"/>, in order.</summary>
    /// <param name="text">The database's content.</param>
    /// <param name="file">The file, for diagnostics.</param>
    /// <param name="diagnostics">Where malformed lines are reported.</param>
    public static List<ApkRecord> Read(string text, string file, List<PackageDiagnostic> diagnostics)
    {
        var records = new List<ApkRecord>();
        List<KeyValuePair<char, string>>? fields = null;
        var start = 0;
        var reported = false;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                Close();
                continue;
            }

            if (fields is null)
            {
                fields = [];
                reported = false;
            }

            if (line.Length < 2 || line[1] != ':' || char.IsWhiteSpace(line[0]))
            {
                if (!reported)
                {
                    diagnostics.Add(new PackageDiagnostic(file, i + 1, 1, $"expected a 'K:value' line, found '{Deb822Reader.Shorten(line)}'; the line was skipped."));
                    reported = true;
                }

                continue;
            }

            if (fields.Count == 0)
            {
                start = i + 1;
            }

            fields.Add(new(line[0], line[2..]));
        }

        Close();
        return records;

        void Close()
        {
            if (fields is { Count: > 0 })
            {
                records.Add(new ApkRecord(start, fields));
            }

            fields = null;
        }
    }
}
