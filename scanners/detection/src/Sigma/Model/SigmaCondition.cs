using Bulwark.Scanners.Detection.Sigma.Conditions;

namespace Bulwark.Scanners.Detection.Sigma.Model;

/// <summary>One condition as written and as parsed, with every identifier already resolved to the rule's searches.</summary>
internal sealed record SigmaCondition(string Text, ConditionNode Tree, string Where);
