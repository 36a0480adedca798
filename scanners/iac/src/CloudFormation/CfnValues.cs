using System.Globalization;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.CloudFormation;

/// <summary>Small questions the evaluator asks of values.</summary>
internal static class CfnValues
{
    /// <summary>A known scalar as CloudFormation sees it (it compares and joins everything as strings); null otherwise.</summary>
    public static string? Text(IacValue value) => value switch
    {
        IacString s => s.Value,
        IacNumber n => n.Value.ToString(CultureInfo.InvariantCulture),
        IacBool b => b.Value ? "true" : "false",
        _ => null,
    };

    /// <summary>True when both are known and equal, ignoring where they are written.</summary>
    public static bool Same(IacValue a, IacValue b) => (a, b) switch
    {
        (CfnNoValue, CfnNoValue) or (IacNull, IacNull) => true,
        (IacString x, IacString y) => x.Value == y.Value,
        (IacNumber x, IacNumber y) => x.Value.Equals(y.Value),
        (IacBool x, IacBool y) => x.Value == y.Value,
        (IacList x, IacList y) => x.Items.Count == y.Items.Count && x.Items.Zip(y.Items).All(p => Same(p.First, p.Second)),
        (IacObject x, IacObject y) => x.Members.Count == y.Members.Count
            && x.Members.All(m => y.Member(m.Key) is { } other && Same(m.Value, other.Value)),
        _ => false,
    };

    /// <summary>True when nothing in the tree is unknown.</summary>
    public static bool IsKnown(IacValue value) => value switch
    {
        IacUnknown => false,
        IacList l => l.Items.All(IsKnown),
        IacObject o => o.Members.All(m => IsKnown(m.Value)),
        _ => true,
    };

    /// <summary>Every resource address referenced anywhere in <paramref name="values"/>.</summary>
    public static IReadOnlySet<string> References(params IEnumerable<IacValue> values)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            Collect(value, found);
        }

        return found.Count == 0 ? IacValue.Empty : found;
    }

    /// <summary>
    /// An unknown standing for an expression over <paramref name="parts"/>, keeping their references and the
    /// reason of the first unknown among them (so a message can say which parameter lacks a default).
    /// </summary>
    public static IacUnknown Unknown(string reason, SourceRange range, params IEnumerable<IacValue> parts)
    {
        var list = parts.ToList();
        var inner = list.Select(FirstUnknown).OfType<IacUnknown>().FirstOrDefault();
        return new(inner is null ? reason : $"{reason}: {inner.Reason}") { Range = range, References = References(list) };
    }

    private static IacUnknown? FirstUnknown(IacValue value) => value switch
    {
        IacUnknown u => u,
        IacList l => l.Items.Select(FirstUnknown).OfType<IacUnknown>().FirstOrDefault(),
        IacObject o => o.Members.Select(m => FirstUnknown(m.Value)).OfType<IacUnknown>().FirstOrDefault(),
        _ => null,
    };

    private static void Collect(IacValue value, SortedSet<string> found)
    {
        found.UnionWith(value.References);
        switch (value)
        {
            case IacList l:
                l.Items.ToList().ForEach(i => Collect(i, found));
                break;
            case IacObject o:
                o.Members.ToList().ForEach(m => Collect(m.Value, found));
                break;
        }
    }
}
