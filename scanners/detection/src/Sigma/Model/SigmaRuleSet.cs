using Bulwark.Sdk;

namespace Bulwark.Scanners.Detection.Sigma.Model;

/// <summary>What loading rule files gave: the rules and correlations that loaded, and why each other one was refused.</summary>
internal sealed record SigmaRuleSet(IReadOnlyList<SigmaRule> Rules, IReadOnlyList<SigmaCorrelation> Correlations, IReadOnlyList<ConfigProblem> Problems);
