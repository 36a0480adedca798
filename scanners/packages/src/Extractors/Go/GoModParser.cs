using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Extractors.Go;

/// <summary>
/// Reads the directives of a go.mod file (https://go.dev/ref/mod#go-mod-file) that matter for dependencies:
/// <c>module</c>, <c>require</c> and <c>replace</c>, each in single-line or block form. <c>go</c>,
/// <c>toolchain</c>, <c>exclude</c>, <c>retract</c> and the other directives are recognised and skipped.
/// </summary>
internal static class GoModParser
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "go", "toolchain", "godebug", "exclude", "retract", "tool", "ignore",
    };

    /// <summary>Parses <paramref name="text"/>; problems go to <paramref name="diagnostics"/> for <paramref name="file"/>.</summary>
    public static GoModFile Parse(string text, string file, List<PackageDiagnostic> diagnostics)
    {
        var mod = new GoModFile();
        string? block = null;
        var blockLine = 0;
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = GoModLine.Split(index + 1, lines[index].TrimEnd('\r'));
            if (line.Error is not null)
            {
                diagnostics.Add(new PackageDiagnostic(file, line.Number, 0, $"{line.Error}; the line is skipped"));
                continue;
            }

            var tokens = line.Tokens;
            if (tokens.Count == 0)
            {
                continue;
            }

            if (block is not null)
            {
                if (tokens[0].Is(")"))
                {
                    block = null;
                }
                else
                {
                    Directive(mod, block, tokens, line, file, diagnostics);
                }

                continue;
            }

            var verb = tokens[0].Text;
            if (!Skipped.Contains(verb) && verb is not ("module" or "require" or "replace"))
            {
                diagnostics.Add(new PackageDiagnostic(file, line.Number, tokens[0].Column, $"unknown go.mod directive '{verb}'; the line is skipped"));
                continue;
            }

            if (tokens.Count >= 2 && tokens[1].Is("("))
            {
                if (tokens.Count == 3 && tokens[2].Is(")"))
                {
                    continue;
                }

                block = verb;
                blockLine = line.Number;
                continue;
            }

            Directive(mod, verb, tokens.Skip(1).ToList(), line, file, diagnostics);
        }

        if (block is not null)
        {
            diagnostics.Add(new PackageDiagnostic(file, blockLine, 0, $"the '{block} (' block opened here is never closed with ')'; its entries up to the end of the file were read"));
        }

        return mod;
    }

    private static void Directive(GoModFile mod, string verb, IReadOnlyList<GoModToken> args, GoModLine line, string file, List<PackageDiagnostic> diagnostics)
    {
        switch (verb)
        {
            case "module" when args.Count == 1:
                mod.Module = args[0].Text;
                break;
            case "module":
                diagnostics.Add(new PackageDiagnostic(file, line.Number, 0, "the module directive takes exactly one module path"));
                break;
            case "require":
                Require(mod, args, line, file, diagnostics);
                break;
            case "replace":
                Replace(mod, args, line, file, diagnostics);
                break;
        }
    }

    private static void Require(GoModFile mod, IReadOnlyList<GoModToken> args, GoModLine line, string file, List<PackageDiagnostic> diagnostics)
    {
        if (args.Count != 2)
        {
            diagnostics.Add(new PackageDiagnostic(file, line.Number, args.Count > 0 ? args[0].Column : 0,
                $"a require entry is 'module/path v1.2.3', but this one has {args.Count} word(s); it is skipped"));
            return;
        }

        if (!args[1].Text.StartsWith('v'))
        {
            diagnostics.Add(new PackageDiagnostic(file, line.Number, args[1].Column,
                $"'{args[1].Text}' is not a Go module version (those start with 'v'); the requirement of {args[0].Text} is skipped"));
            return;
        }

        mod.Requirements.Add(new GoRequirement(args[0].Text, args[1].Text, line.MarksIndirect, line.Number));
    }

    private static void Replace(GoModFile mod, IReadOnlyList<GoModToken> args, GoModLine line, string file, List<PackageDiagnostic> diagnostics)
    {
        var arrow = args.ToList().FindIndex(t => t.Is("=>"));
        var left = arrow < 0 ? [] : args.Take(arrow).ToList();
        var right = arrow < 0 ? [] : args.Skip(arrow + 1).ToList();
        if (left.Count is < 1 or > 2 || right.Count is < 1 or > 2)
        {
            diagnostics.Add(new PackageDiagnostic(file, line.Number, 0,
                "a replace entry is 'module [version] => module version' or 'module [version] => ./directory'; this one is skipped"));
            return;
        }

        if (right.Count == 1 && !IsDirectory(right[0].Text))
        {
            diagnostics.Add(new PackageDiagnostic(file, line.Number, right[0].Column,
                $"the replacement '{right[0].Text}' has no version and is not a directory (./ or ../ or an absolute path); the replace entry is skipped"));
            return;
        }

        mod.Replacements.Add(new GoReplacement(
            left[0].Text, left.Count == 2 ? left[1].Text : null, right[0].Text, right.Count == 2 ? right[1].Text : null, line.Number));
    }

    // The go command treats a replacement without a version as a directory only when it looks like a
    // file path: https://go.dev/ref/mod#go-mod-file-replace
    private static bool IsDirectory(string path) =>
        path.StartsWith("./", StringComparison.Ordinal) || path.StartsWith("../", StringComparison.Ordinal)
        || path.StartsWith('/') || path is "." or ".."
        || path.StartsWith(".\\", StringComparison.Ordinal) || path.StartsWith("..\\", StringComparison.Ordinal)
        || (path.Length >= 3 && char.IsAsciiLetter(path[0]) && path[1] == ':' && path[2] is '\\' or '/');
}
