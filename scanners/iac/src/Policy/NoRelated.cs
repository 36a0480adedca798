using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Policy;

/// <summary>
/// <c>no-related</c>: violated when no neighbouring resource of the given types refers to this one — "an
/// aws_s3_bucket with no aws_s3_bucket_public_access_block for it", "a namespace with no NetworkPolicy". A
/// neighbour refers to this resource when its attribute references this resource's address, or equals this
/// resource's name or one of its named attributes; a neighbour whose attribute cannot be known leaves the
/// outcome undecided.
/// </summary>
public sealed class NoRelated(IReadOnlyList<string> types, AttributePath? attribute, IReadOnlyList<AttributePath> selfAttributes, bool sameNamespace, Condition? where = null) : Condition
{
    /// <inheritdoc />
    public override Outcome Evaluate(EvaluationScope scope)
    {
        var self = scope.Resource;
        var selfValues = selfAttributes.SelectMany(p => p.Resolve(self.Attributes)).Select(m => m.Value).OfType<IacValue>()
            .Select(ValueComparison.Text).OfType<string>().Append(self.Name).ToHashSet(StringComparer.Ordinal);
        // aws_s3_bucket.logs[0] is referred to as aws_s3_bucket.logs (the index is a step after the reference).
        var address = self.Address.EndsWith(']') && self.Address.LastIndexOf('[') is > 0 and var open ? self.Address[..open] : self.Address;
        var unknown = false;
        foreach (var other in types.SelectMany(scope.Neighbours.OfType).Distinct())
        {
            if (ReferenceEquals(other, self) || (sameNamespace && Namespace(other) != Namespace(self)))
            {
                continue;
            }

            // where: only neighbours of a certain kind count (an extension with the disk-encryption publisher).
            if (where is not null)
            {
                var fits = where.Evaluate(new EvaluationScope(other.Attributes, other, scope.Neighbours));
                unknown |= fits.Unknown && !fits.Violated;
                if (!fits.Violated)
                {
                    continue;
                }
            }

            if (attribute is null)
            {
                return Outcome.Clear;
            }

            foreach (var match in attribute.Resolve(other.Attributes))
            {
                var value = match.Value;
                if (value is null)
                {
                    continue;
                }

                if (value.References.Contains(address) || (ValueComparison.Text(value) is { } text && selfValues.Contains(text)))
                {
                    return Outcome.Clear;
                }

                unknown |= value is IacUnknown && value.References.Count == 0;
            }
        }

        if (unknown)
        {
            return Outcome.Undecided;
        }

        var what = string.Join(" or ", types);
        return new Outcome([new Hit(self.Range, $"no {what} {(attribute is null ? "exists beside it" : "refers to it")}")], false);
    }

    private static string? Namespace(IacResource resource) => resource.Namespace;
}
