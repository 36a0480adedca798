namespace Bulwark.Scanners.Detection.Sigma.Model;

/// <summary>A rule's named searches and the condition(s) combining them; several conditions are joined with OR.</summary>
internal sealed record SigmaDetection(IReadOnlyList<SearchIdentifier> Searches, IReadOnlyList<SigmaCondition> Conditions);
