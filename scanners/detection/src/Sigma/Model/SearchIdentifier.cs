namespace Bulwark.Scanners.Detection.Sigma.Model;

/// <summary>One named search of a detection (<c>selection</c>, <c>filter_main_x</c>, <c>keywords</c>).</summary>
internal sealed record SearchIdentifier(string Name, SearchNode Body, string Where);
