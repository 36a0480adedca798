using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Policy;

/// <summary>What a condition is evaluated against: a value inside a resource, the resource, and its neighbours.</summary>
/// <param name="Value">The value paths start from (the resource's attributes, or an element of an <c>each</c>).</param>
/// <param name="Resource">The resource being checked.</param>
/// <param name="Neighbours">The resources cross-resource conditions may look at (same module, template or cluster).</param>
public sealed record EvaluationScope(IacValue Value, IacResource Resource, Neighbourhood Neighbours)
{
    /// <summary>Where <see cref="Value"/> sits in the resource (<c>ingress[2]</c>), so messages name the exact element.</summary>
    public string Prefix { get; init; } = "";

    /// <summary>A path found from this scope, written from the resource's root.</summary>
    public string Qualify(string where) => Prefix.Length == 0 ? where : where.Length == 0 ? Prefix : Prefix + "." + where;
}
