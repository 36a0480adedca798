using System.Text.RegularExpressions;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>
/// Reads <c>FROM [--platform=…] image[:tag][@digest] [AS name]</c> into the stage's <c>from</c> object
/// (<c>image</c>, <c>tag</c>, <c>digest</c>, <c>platform</c>, <c>raw</c>, and <c>stage</c>: the index of the
/// earlier stage it builds on, else null) and its name, with the ARGs declared before the first FROM expanded.
/// </summary>
internal static partial class FromClause
{
    /// <summary>The <c>from</c> object and the stage name (lower case, as Docker treats it; null when unnamed).</summary>
    public static (IacObject From, IacValue Name) Read(DockerInstruction instruction, MetaArgs args, IReadOnlyList<string?> earlierNames, char escape, DiagnosticList problems)
    {
        var text = instruction.Text;
        var words = ShellWords.Split(text, instruction.Rest, instruction.HeaderEnd, escape);
        var where = instruction.ArgumentsRange;
        var from = new ObjectBuilder();
        if (words.Count == 0)
        {
            problems.Add(instruction.KeywordRange, "FROM needs an image");
            var none = ObjectBuilder.Null(where);
            from.Add("image", none).Add("tag", none).Add("digest", none).Add("platform", Platform(instruction, args)).Add("raw", none).Add("stage", none);
            return (from.Build(where), none);
        }

        var imageWord = words[0];
        var imageRange = instruction.RangeOf(imageWord.Start, imageWord.End);
        var raw = imageWord.Raw(text);
        var (image, tag, digest) = ImageReference.Parse(args.Expand(raw), imageRange);
        if (image is IacNull)
        {
            problems.Add(imageRange, $"FROM has an empty image name: {raw}");
        }

        var stage = earlierNames.ToList().FindIndex(n => n is not null && string.Equals(n, (image as IacString)?.Value, StringComparison.OrdinalIgnoreCase));
        from.Add("image", image).Add("tag", tag).Add("digest", digest)
            .Add("platform", Platform(instruction, args))
            .Add("raw", ObjectBuilder.Text(raw, imageRange))
            .Add("stage", stage < 0 || tag is not IacNull || digest is not IacNull ? ObjectBuilder.Null(imageRange) : new IacNumber(stage) { Range = imageRange });
        return (from.Build(where), Name(instruction, words, problems));
    }

    private static IacValue Name(DockerInstruction instruction, List<ShellWord> words, DiagnosticList problems)
    {
        var end = instruction.RangeOf(words[0].End, words[0].End);
        if (words.Count == 1)
        {
            return ObjectBuilder.Null(end);
        }

        if (words.Count != 3 || !string.Equals(words[1].Value, "AS", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(instruction.RangeOf(words[1].Start, words[^1].End), "FROM takes an image, then optionally AS and a stage name");
            return ObjectBuilder.Null(end);
        }

        var nameRange = instruction.RangeOf(words[2].Start, words[2].End);
        var name = words[2].Value.ToLowerInvariant();
        if (!StageName().IsMatch(name))
        {
            problems.Add(nameRange, $"invalid stage name \"{words[2].Value}\": it must start with a letter and contain only letters, digits, '-', '_' and '.'");
        }

        return ObjectBuilder.Text(name, nameRange);
    }

    private static IacValue Platform(DockerInstruction instruction, MetaArgs args)
    {
        if (instruction.Flag("platform") is not { } flag)
        {
            return ObjectBuilder.Null(instruction.KeywordRange);
        }

        var range = instruction.RangeOf(flag.Word.Start, flag.Word.End);
        var value = args.Expand(flag.Value ?? "");
        return value.HasUnknown
            ? new IacUnknown(value.AllReasons) { Range = range }
            : ObjectBuilder.Text(value.Text, range) with { Origin = value.OriginsIn(0, value.Text.Length) };
    }

    // BuildKit's stage name rule (frontend/dockerfile/instructions/parse.go).
    [GeneratedRegex("^[a-z][a-z0-9-_.]*$")]
    private static partial Regex StageName();
}
