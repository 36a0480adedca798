using System.Globalization;
using Bulwark.Sdk;

namespace Bulwark.Engine.Suppressions;

/// <summary>
/// Reads a <c>.bulwarkignore</c> file. Each line is <c>FINGERPRINT [expires:YYYY-MM-DD] REASON</c>;
/// blank lines and lines starting with <c>#</c> are skipped. A line without a reason, with a malformed
/// fingerprint or date, is a problem with its line number: suppressions are never accepted silently.
/// </summary>
public static class IgnoreFile
{
    private const string ExpiresPrefix = "expires:";

    /// <summary>The entries of the file at <paramref name="path"/>; a missing file has none.</summary>
    public static Created<IReadOnlyList<IgnoreEntry>> Load(string path, string displayPath)
    {
        if (!File.Exists(path))
        {
            return Created<IReadOnlyList<IgnoreEntry>>.Ok([]);
        }

        try
        {
            return Parse(File.ReadAllLines(path), displayPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Created<IReadOnlyList<IgnoreEntry>>.Failed(displayPath, "cannot read ignore file: " + e.Message);
        }
    }

    /// <summary>Parses the lines of an ignore file.</summary>
    public static Created<IReadOnlyList<IgnoreEntry>> Parse(IReadOnlyList<string> lines, string displayPath)
    {
        var entries = new List<IgnoreEntry>();
        var problems = new List<ConfigProblem>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            var where = $"{displayPath}:{i + 1}";
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
            var fingerprint = parts[0].ToLowerInvariant();
            if (fingerprint.Length < 16 || !fingerprint.All(char.IsAsciiHexDigit))
            {
                problems.Add(new ConfigProblem(where, $"'{parts[0]}' is not a fingerprint (the hexadecimal 'fingerprint' of a finding in a report)"));
                continue;
            }

            var rest = parts.Length > 1 ? parts[1].Trim() : "";
            DateOnly? expires = null;
            if (rest.StartsWith(ExpiresPrefix, StringComparison.OrdinalIgnoreCase))
            {
                var dateAndReason = rest[ExpiresPrefix.Length..].Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
                if (dateAndReason.Length == 0 || !DateOnly.TryParseExact(dateAndReason[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    problems.Add(new ConfigProblem(where, "the expiry date must be written expires:YYYY-MM-DD"));
                    continue;
                }

                expires = date;
                rest = dateAndReason.Length > 1 ? dateAndReason[1].Trim() : "";
            }

            if (rest.Length == 0)
            {
                problems.Add(new ConfigProblem(where, $"fingerprint {fingerprint} has no reason: write why it is accepted after the fingerprint"));
                continue;
            }

            entries.Add(new IgnoreEntry(fingerprint, rest, expires, where));
        }

        return problems.Count > 0 ? Created<IReadOnlyList<IgnoreEntry>>.Failed(problems) : Created<IReadOnlyList<IgnoreEntry>>.Ok(entries);
    }
}
