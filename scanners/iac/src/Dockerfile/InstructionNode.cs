using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>
/// The object rules see for one instruction: <c>instruction</c>, <c>stage</c>, <c>arguments</c>, <c>form</c>,
/// <c>exec</c>, <c>flags</c>, and for RUN <c>commands</c>; RUN, COPY and ADD also get <c>heredocs</c>
/// (<c>name</c>, <c>body</c>, <c>stripTabs</c>, <c>expand</c>).
/// </summary>
internal static class InstructionNode
{
    private static readonly string[] HeredocKeywords = ["ADD", "COPY", "RUN"];

    /// <summary>The object for <paramref name="instruction"/> in the stage <paramref name="stage"/> (a number, or null before the first FROM).</summary>
    public static IacObject Build(DockerInstruction instruction, IacValue stage)
    {
        var arguments = instruction.ArgumentsRange;
        var node = new ObjectBuilder()
            .Add("instruction", ObjectBuilder.Text(instruction.Keyword, instruction.KeywordRange))
            .Add("stage", stage with { Range = instruction.KeywordRange })
            .Add("arguments", ObjectBuilder.Text(instruction.Arguments, arguments))
            .Add("form", ObjectBuilder.Text(instruction.Exec.IsExec ? "exec" : "shell", arguments))
            .Add("exec", Exec(instruction))
            .Add("flags", FlagsNode.Build(instruction));
        if (instruction.Keyword == "RUN")
        {
            node.Add("commands", RunCommands.Build(instruction));
        }

        if (HeredocKeywords.Contains(instruction.Keyword))
        {
            node.Add("heredocs", Heredocs(instruction));
        }

        return node.Build(instruction.Raw.Range);
    }

    private static IacValue Exec(DockerInstruction instruction)
    {
        if (!instruction.Exec.IsExec)
        {
            return ObjectBuilder.Null(instruction.ArgumentsRange);
        }

        var items = instruction.Exec.Items.Select(i => (IacValue)ObjectBuilder.Text(i.Value, instruction.RangeOf(i.Start, i.End)));
        return new IacList(items.ToList()) { Range = instruction.Raw.Text.TrimmedRange(instruction.Exec.Offset, instruction.HeaderEnd) };
    }

    private static IacList Heredocs(DockerInstruction instruction)
    {
        var text = instruction.Text;
        var heredocs = instruction.Raw.Heredocs.Select(h =>
        {
            var word = instruction.RangeOf(h.Word.Start, h.Word.End);
            var body = h.BodyLines == 0 ? word : instruction.RangeOf(h.BodyStart, h.BodyEnd);
            return (IacValue)new ObjectBuilder()
                .Add("name", ObjectBuilder.Text(h.Name, word))
                .Add("body", ObjectBuilder.Text(h.Body(text), body))
                .Add("stripTabs", new IacBool(h.StripTabs) { Range = word })
                .Add("expand", new IacBool(h.Expand) { Range = word })
                .Build(word.Union(body));
        });
        return new IacList(heredocs.ToList()) { Range = instruction.ArgumentsRange };
    }
}
