using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>
/// Turns lexed instructions into the Dockerfile resource's attributes: <c>stages</c>, <c>finalStage</c>,
/// <c>instructions</c> (every instruction of every stage, each with its <c>stage</c>) and <c>directives</c>.
/// </summary>
internal static class DockerfileModel
{
    /// <summary>The attributes, or null when the file has no build stage (there is nothing for rules to look at).</summary>
    public static IacObject? Build(LexedDockerfile lexed, SourceRange file, DiagnosticList problems)
    {
        var args = new MetaArgs(lexed.Escape);
        var stages = new List<StageBuilder>();
        var all = new List<IacValue>();
        foreach (var raw in lexed.Instructions)
        {
            if (InstructionReader.Read(raw, problems) is not { } instruction)
            {
                continue;
            }

            if (instruction.Keyword == "FROM")
            {
                var names = stages.Select(s => (s.Name as IacString)?.Value).ToList();
                var (from, name) = FromClause.Read(instruction, args, names, lexed.Escape, problems);
                stages.Add(new StageBuilder(stages.Count, instruction, from, name));
            }
            else if (stages.Count == 0)
            {
                BeforeFirstFrom(instruction, args, problems);
            }

            var stage = stages.Count == 0 ? (IacValue)new IacNull() : new IacNumber(stages.Count - 1);
            var node = InstructionNode.Build(instruction, stage);
            all.Add(node);
            stages.LastOrDefault()?.Add(instruction, node);
        }

        if (stages.Count == 0)
        {
            problems.Add(SourceRange.Line(1, 1, 1), lexed.Instructions.Count == 0 ? "the file has no instructions" : "the file has no FROM instruction");
            return null;
        }

        var built = stages.Select(s => (IacValue)s.Build(s.Index == stages.Count - 1)).ToList();
        return new ObjectBuilder()
            .Add("stages", new IacList(built) { Range = file })
            .Add("finalStage", built[^1])
            .Add("instructions", new IacList(all) { Range = file })
            .Add("directives", Directives(lexed))
            .Build(file);
    }

    // Only ARG may come before the first FROM; those ARGs are the ones FROM lines can expand.
    private static void BeforeFirstFrom(DockerInstruction instruction, MetaArgs args, DiagnosticList problems)
    {
        if (instruction.Keyword == "ARG")
        {
            args.Declare(instruction.Text, instruction.Rest, instruction.HeaderEnd, instruction.Raw.StartLine);
            return;
        }

        problems.Add(instruction.KeywordRange, $"{instruction.Keyword} comes before the first FROM; only ARG may");
    }

    private static IacObject Directives(LexedDockerfile lexed)
    {
        var directives = new ObjectBuilder();
        foreach (var directive in lexed.Directives)
        {
            directives.Add(directive.Name, ObjectBuilder.Text(directive.Value, directive.Range));
        }

        var range = lexed.Directives.Count == 0 ? SourceRange.Line(1, 1, 1) : lexed.Directives[0].Range.Union(lexed.Directives[^1].Range);
        return directives.Build(range);
    }
}
