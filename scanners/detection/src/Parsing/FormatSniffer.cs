namespace Bulwark.Scanners.Detection.Parsing;

/// <summary>Picks the format of a log from its first lines and its name: the highest score wins.</summary>
internal static class FormatSniffer
{
    /// <summary>How many non-blank lines are read before choosing.</summary>
    public const int SampleLines = 20;

    /// <summary>Below this score nothing is trusted and the file is read as raw lines.</summary>
    public const double MinimumScore = 0.3;

    /// <summary>
    /// The best-scoring of <paramref name="formats"/>; on a tie the earlier in the list (they are sorted by id, so
    /// the choice is stable). The raw format when no format reaches <see cref="MinimumScore"/>.
    /// </summary>
    public static ILogFormat Pick(IReadOnlyList<ILogFormat> formats, IReadOnlyList<string> firstLines, string fileName)
    {
        ILogFormat? best = null;
        var bestScore = MinimumScore;
        foreach (var format in formats)
        {
            var score = format.Score(firstLines, fileName);
            if (score > bestScore || (best is null && score >= bestScore))
            {
                best = format;
                bestScore = score;
            }
        }

        return best ?? new RawFormat();
    }

    /// <summary>The file name a score looks at: the last path segment, lower case (<c>-</c> for standard input).</summary>
    public static string NameOf(string path)
    {
        var slash = path.LastIndexOfAny(['/', '\\']);
        return path[(slash + 1)..].ToLowerInvariant();
    }
}
