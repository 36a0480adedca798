using Bulwark.Sdk;
using YamlDotNet.RepresentationModel;

namespace Bulwark.Scanners.Detection.Sigma.Loading;

/// <summary>
/// Where one rule document is being read and what went wrong with it: every problem is <c>file:line: rule ID: reason</c>,
/// and a rule with any problem is refused as a whole.
/// </summary>
internal sealed class RuleContext(string file, long documentLine, List<ConfigProblem> problems, ISet<YamlNode> merged)
{
    private int _count;

    public string File { get; } = file;

    /// <summary><c>file:line</c> of the document's start.</summary>
    public string DocumentWhere { get; } = $"{file}:{documentLine}";

    /// <summary>How messages name the rule; starts as "rule" until the id or title is known.</summary>
    public string Label { get; set; } = "rule";

    public bool Refused => _count > 0;

    /// <summary><c>file:line</c> of a node; nodes made by merging a collection's documents have no line of their own.</summary>
    public string At(YamlNode? node) => node is null || merged.Contains(node) ? DocumentWhere : $"{File}:{node.Start.Line}";

    public void Refuse(string where, string reason)
    {
        _count++;
        problems.Add(new ConfigProblem(where, $"{Label}: {reason}"));
    }

    public void Refuse(YamlNode? node, string reason) => Refuse(At(node), reason);

    /// <summary>Takes over problems a <c>YamlMap</c> recorded, adding the rule's label.</summary>
    public void Adopt(IEnumerable<ConfigProblem> found)
    {
        foreach (var problem in found)
        {
            Refuse(problem.Where, problem.Message);
        }
    }
}
