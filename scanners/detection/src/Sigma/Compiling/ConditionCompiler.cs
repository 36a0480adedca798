using Bulwark.Scanners.Detection.Sigma.Conditions;
using Bulwark.Scanners.Detection.Sigma.Matching;

namespace Bulwark.Scanners.Detection.Sigma.Compiling;

/// <summary>Turns a parsed condition into matchers over the rule's compiled searches (each search compiled once, shared).</summary>
internal static class ConditionCompiler
{
    public static IMatcher Compile(ConditionNode node, IReadOnlyDictionary<string, IMatcher> searches) => node switch
    {
        ConditionRef r => searches[r.Name],
        ConditionNot n => new NotMatcher(Compile(n.Operand, searches)),
        ConditionAnd a => new AndMatcher(a.Operands.Select(o => Compile(o, searches)).ToList()),
        ConditionOr o => new OrMatcher(o.Operands.Select(x => Compile(x, searches)).ToList()),
        ConditionOf { Names.Count: 1 } of => searches[of.Names[0]],
        ConditionOf { All: true } of => new AndMatcher(of.Names.Select(n => searches[n]).ToList()),
        ConditionOf of => new OrMatcher(of.Names.Select(n => searches[n]).ToList()),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "unknown condition node"),
    };
}
