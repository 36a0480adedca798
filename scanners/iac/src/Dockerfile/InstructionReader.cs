namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>Checks an instruction's keyword, reads its flags and decides between exec and shell form.</summary>
internal static class InstructionReader
{
    private static readonly string[] Keywords =
    [
        "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK",
        "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
    ];

    // The instructions whose arguments may be a JSON array (https://docs.docker.com/reference/dockerfile/#shell-and-exec-form).
    private static readonly string[] JsonCapable = ["ADD", "CMD", "COPY", "ENTRYPOINT", "HEALTHCHECK", "RUN", "SHELL", "VOLUME"];

    // Flags that may be given more than once; the others are an error when repeated.
    private static readonly string[] Repeatable = ["mount", "exclude"];

    /// <summary>The instruction, or null (with a diagnostic) when its keyword is unknown.</summary>
    public static DockerInstruction? Read(RawInstruction raw, DiagnosticList problems)
    {
        var keyword = raw.Keyword.Value.ToUpperInvariant();
        var keywordRange = raw.Text.Range(raw.Keyword.Start, raw.Keyword.End);
        if (!Keywords.Contains(keyword))
        {
            problems.Add(keywordRange, $"unknown instruction \"{raw.Keyword.Value}\"");
            return null;
        }

        var text = raw.Text.Text;
        if (raw.ArgumentsStart >= raw.HeaderEnd && keyword != "FROM")
        {
            problems.Add(keywordRange, $"{keyword} needs arguments");
        }

        var (flags, rest) = InstructionFlags.Read(text, raw.ArgumentsStart, raw.HeaderEnd);
        foreach (var repeated in flags.Where(f => !Repeatable.Contains(f.Name)).GroupBy(f => f.Name).Where(g => g.Count() > 1))
        {
            var last = repeated.Last().Word;
            problems.Add(raw.Text.Range(last.Start, last.End), $"{keyword}: duplicate flag --{repeated.Key}; the last one is used");
        }

        var commandStart = keyword == "HEALTHCHECK" ? HealthcheckCommand(raw, rest, problems) : rest;
        var exec = JsonCapable.Contains(keyword) && commandStart >= 0
            ? ExecForm.Parse(text, commandStart, raw.HeaderEnd)
            : ExecFormResult.NotJson;
        if (exec.Problem is not null)
        {
            problems.Add(raw.Text.Range(exec.Offset, exec.Offset + 1), $"{keyword}: {exec.Problem}");
        }
        else if (keyword == "SHELL" && !exec.IsExec && commandStart < raw.HeaderEnd)
        {
            problems.Add(raw.Text.TrimmedRange(commandStart, raw.HeaderEnd), "SHELL must be written as a JSON array");
        }

        return new DockerInstruction { Raw = raw, Keyword = keyword, Flags = flags, Rest = rest, CommandStart = Math.Max(commandStart, rest), Exec = exec };
    }

    // HEALTHCHECK [flags] CMD command | HEALTHCHECK NONE: the command starts after CMD; -1 when there is none.
    private static int HealthcheckCommand(RawInstruction raw, int rest, DiagnosticList problems)
    {
        var text = raw.Text.Text;
        var words = ShellWords.Split(text, rest, raw.HeaderEnd, '\\');
        if (words.Count == 0)
        {
            return -1;
        }

        var first = words[0].Value.ToUpperInvariant();
        if (first == "CMD")
        {
            return words.Count > 1 ? words[1].Start : raw.HeaderEnd;
        }

        if (first != "NONE" || words.Count > 1)
        {
            problems.Add(raw.Text.Range(words[0].Start, words[^1].End), "HEALTHCHECK takes CMD and a command, or NONE");
        }

        return -1;
    }
}
