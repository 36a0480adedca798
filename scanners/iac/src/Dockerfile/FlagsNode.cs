using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>
/// The <c>flags</c> object of an instruction. A bare flag (<c>--link</c>) is <c>true</c>, <c>--x=true</c> and
/// <c>--x=false</c> are booleans, other values are strings. <c>--exclude</c> is always a list of strings and
/// <c>--mount</c> always a list of objects, one per mount, with its options (<c>type</c> defaulting to <c>bind</c>
/// as in Docker) and the <c>raw</c> text, so rules can ask for <c>flags.mount[*].type</c>.
/// </summary>
internal static class FlagsNode
{
    /// <summary>The flags of <paramref name="instruction"/>.</summary>
    public static IacObject Build(DockerInstruction instruction)
    {
        var flags = new ObjectBuilder();
        var mounts = new List<IacValue>();
        var excludes = new List<IacValue>();
        foreach (var flag in instruction.Flags)
        {
            var range = instruction.RangeOf(flag.Word.Start, flag.Word.End);
            switch (flag.Name)
            {
                case "mount":
                    mounts.Add(Mount(flag.Value ?? "", range));
                    flags.Add("mount", new IacList(mounts.ToList()) { Range = Span(mounts) });
                    break;
                case "exclude":
                    excludes.Add(ObjectBuilder.Text(flag.Value ?? "", range));
                    flags.Add("exclude", new IacList(excludes.ToList()) { Range = Span(excludes) });
                    break;
                default:
                    flags.Add(flag.Name, Scalar(flag.Value, range));
                    break;
            }
        }

        var whole = instruction.Flags.Count == 0
            ? instruction.RangeOf(instruction.Raw.ArgumentsStart, instruction.Raw.ArgumentsStart)
            : instruction.RangeOf(instruction.Flags[0].Word.Start, instruction.Flags[^1].Word.End);
        return flags.Build(whole);
    }

    private static IacValue Scalar(string? value, SourceRange range) => value switch
    {
        null => new IacBool(true) { Range = range },
        _ when bool.TryParse(value, out var flag) => new IacBool(flag) { Range = range },
        _ => ObjectBuilder.Text(value, range),
    };

    // --mount takes CSV key=value options (https://docs.docker.com/reference/dockerfile/#run---mount).
    private static IacObject Mount(string value, SourceRange range)
    {
        var mount = new ObjectBuilder().Add("raw", ObjectBuilder.Text(value, range));
        foreach (var option in SplitOptions(value))
        {
            var equals = option.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                mount.Add(option, new IacBool(true) { Range = range });
                continue;
            }

            mount.Add(option[..equals], ObjectBuilder.Text(option[(equals + 1)..].Trim('"'), range));
        }

        if (!mount.Has("type"))
        {
            mount.Add("type", ObjectBuilder.Text("bind", range) with { Origin = "Docker's default mount type" });
        }

        return mount.Build(range);
    }

    private static IEnumerable<string> SplitOptions(string value)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i <= value.Length; i++)
        {
            if (i < value.Length && value[i] == '"')
            {
                quoted = !quoted;
            }

            if (i == value.Length || (value[i] == ',' && !quoted))
            {
                var option = value[start..i].Trim();
                if (option.Length > 0)
                {
                    yield return option;
                }

                start = i + 1;
            }
        }
    }

    private static SourceRange Span(List<IacValue> values) => values[0].Range.Union(values[^1].Range);
}
