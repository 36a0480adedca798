namespace Bulwark.Scanners.Detection.Sigma.Model;

// The three shapes of a search form one closed union, so they live together: a map (every item must match), a list
// (any element must match) and one field-with-values item (DetectionItem.cs).

/// <summary>A part of a search identifier's body.</summary>
internal abstract record SearchNode(string Where);

/// <summary>A YAML map: every item must match (AND).</summary>
internal sealed record SearchAllOf(IReadOnlyList<SearchNode> Items, string Where) : SearchNode(Where);

/// <summary>A YAML list of maps or keywords: any element must match (OR).</summary>
internal sealed record SearchAnyOf(IReadOnlyList<SearchNode> Items, string Where) : SearchNode(Where);
