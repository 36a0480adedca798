using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>
/// Collects one build stage: its FROM, its instructions, and the summaries rules ask for most (the last USER,
/// HEALTHCHECK and WORKDIR, and every EXPOSEd port), so they need not scan the instruction list themselves.
/// </summary>
internal sealed class StageBuilder
{
    private readonly List<IacValue> _instructions = [];
    private readonly List<IacValue> _exposes = [];
    private readonly SourceRange _start;
    private SourceRange _end;
    private IacValue _user;
    private IacValue _healthcheck;
    private IacValue _workdir;

    /// <summary>A stage started by <paramref name="from"/>.</summary>
    public StageBuilder(int index, DockerInstruction from, IacObject fromNode, IacValue name)
    {
        Index = index;
        Name = name;
        From = fromNode;
        _start = _end = from.Raw.Range;
        var nowhere = ObjectBuilder.Null(from.KeywordRange);
        _user = _healthcheck = _workdir = nowhere;
    }

    /// <summary>The stage's position, from 0.</summary>
    public int Index { get; }

    /// <summary>The stage's name, or a null.</summary>
    public IacValue Name { get; }

    /// <summary>The <c>from</c> object.</summary>
    public IacObject From { get; }

    /// <summary>Adds an instruction and its object.</summary>
    public void Add(DockerInstruction instruction, IacObject node)
    {
        _instructions.Add(node);
        _end = instruction.Raw.Range;
        var arguments = ObjectBuilder.Text(instruction.Arguments, instruction.ArgumentsRange);
        switch (instruction.Keyword)
        {
            case "USER":
                _user = arguments;
                break;
            case "WORKDIR":
                _workdir = arguments;
                break;
            case "HEALTHCHECK":
                _healthcheck = node;
                break;
            case "EXPOSE":
                var text = instruction.Text;
                _exposes.AddRange(ShellWords.Split(text, instruction.Rest, instruction.HeaderEnd, '\\')
                    .Select(w => ObjectBuilder.Text(w.Value, instruction.RangeOf(w.Start, w.End))));
                break;
        }
    }

    /// <summary>The stage object; <paramref name="isFinal"/> says whether it is the last stage of the file.</summary>
    public IacObject Build(bool isFinal)
    {
        var range = _start.Union(_end);
        var exposes = _exposes.Count == 0 ? _start : _exposes[0].Range.Union(_exposes[^1].Range);
        return new ObjectBuilder()
            .Add("index", new IacNumber(Index) { Range = _start })
            .Add("name", Name)
            .Add("from", From)
            .Add("isFinal", new IacBool(isFinal) { Range = _start })
            .Add("instructions", new IacList(_instructions.ToList()) { Range = range })
            .Add("user", _user)
            .Add("healthcheck", _healthcheck)
            .Add("exposes", new IacList(_exposes.ToList()) { Range = exposes })
            .Add("workdir", _workdir)
            .Build(range);
    }
}
