namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>
/// Reads the <c>--flag[=value]</c> words that open an instruction's arguments (<c>RUN --mount=…</c>,
/// <c>COPY --from=… --chown=…</c>, <c>FROM --platform=…</c>, <c>HEALTHCHECK --interval=…</c>). As in BuildKit's
/// <c>extractBuilderFlags</c>, flags end at the first word not starting with <c>--</c>, or after a bare <c>--</c>.
/// </summary>
internal static class InstructionFlags
{
    /// <summary>The flags between <paramref name="start"/> and <paramref name="end"/>, and where the rest begins.</summary>
    public static (List<FlagWord> Flags, int RestStart) Read(string text, int start, int end)
    {
        var flags = new List<FlagWord>();
        // BuildKit splits flags with a plain backslash escape whatever the escape directive says.
        foreach (var word in ShellWords.Split(text, start, end, '\\'))
        {
            if (!text.AsSpan(word.Start).StartsWith("--"))
            {
                return (flags, word.Start);
            }

            if (word.Value == "--")
            {
                return (flags, word.End);
            }

            var equals = word.Value.IndexOf('=', StringComparison.Ordinal);
            flags.Add(equals < 0
                ? new FlagWord(word.Value[2..], null, word)
                : new FlagWord(word.Value[2..equals], word.Value[(equals + 1)..], word));
        }

        return (flags, end);
    }
}
