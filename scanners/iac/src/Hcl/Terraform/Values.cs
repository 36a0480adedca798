using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Terraform;

/// <summary>Small helpers for building evaluated values: unknowns that carry their references, ranges re-pointed.</summary>
public static class Values
{
    /// <summary>An unknown value at <paramref name="range"/>, remembering what it derives from.</summary>
    public static IacUnknown Unknown(string reason, SourceRange range, IEnumerable<string>? references = null) =>
        new(reason) { Range = range, References = references is null ? IacValue.Empty : references.ToHashSet(StringComparer.Ordinal) };

    /// <summary>
    /// The result of an expression Terraform would reject (a missing attribute, an index out of range). It is
    /// unknown to rules; <c>try</c> and <c>can</c> tell it apart from a value that is merely set at plan time.
    /// </summary>
    public static IacUnknown Error(string reason, SourceRange range) => new(ErrorPrefix + reason) { Range = range };

    /// <summary>True for a value made by <see cref="Error"/>.</summary>
    public static bool IsError(IacValue value) => value is IacUnknown u && u.Reason.StartsWith(ErrorPrefix, StringComparison.Ordinal);

    private const string ErrorPrefix = "invalid: ";

    /// <summary>An unknown value derived from <paramref name="sources"/>: their references carry over.</summary>
    public static IacUnknown UnknownFrom(string reason, SourceRange range, params IacValue[] sources) =>
        Unknown(reason, range, sources.SelectMany(s => s.References));

    /// <summary>The value as written at another place: same content, new range, origin kept.</summary>
    public static IacValue At(IacValue value, SourceRange range) => value.Range == range ? value : value with { Range = range };

    /// <summary>
    /// The value as used at <paramref name="range"/>: every nested value is re-pointed there, so a value that came
    /// from another place (a variable default in variables.tf) is reported where it is used, with
    /// <paramref name="origin"/> saying where it came from.
    /// </summary>
    public static IacValue Relocate(IacValue value, SourceRange range, string? origin)
    {
        var moved = value switch
        {
            IacList list => new IacList(list.Items.Select(i => Relocate(i, range, origin)).ToList()),
            IacObject obj => new IacObject(obj.Members.Select(m => new IacMember(m.Key, range, Relocate(m.Value, range, origin))).ToList()),
            _ => value,
        };
        return moved with { Range = range, Origin = origin ?? value.Origin, References = value.References };
    }

    /// <summary>Whether <paramref name="value"/> holds an unknown anywhere inside.</summary>
    public static bool ContainsUnknown(IacValue value) => value switch
    {
        IacUnknown => true,
        IacList list => list.Items.Any(ContainsUnknown),
        IacObject obj => obj.Members.Any(m => ContainsUnknown(m.Value)),
        _ => false,
    };

    /// <summary>A string value.</summary>
    public static IacString Text(string text, SourceRange range) => new(text) { Range = range };

    /// <summary>A boolean value.</summary>
    public static IacBool Bool(bool value, SourceRange range) => new(value) { Range = range };

    /// <summary>A number value.</summary>
    public static IacNumber Number(double value, SourceRange range) => new(value) { Range = range };

    /// <summary>A list value.</summary>
    public static IacList List(IReadOnlyList<IacValue> items, SourceRange range) => new(items) { Range = range };

    /// <summary>An object value built from keys and values (later keys win).</summary>
    public static IacObject Object(IEnumerable<(string Key, IacValue Value)> members, SourceRange range)
    {
        var list = new List<IacMember>();
        foreach (var (key, value) in members)
        {
            list.RemoveAll(m => m.Key == key);
            list.Add(new IacMember(key, value.Range, value));
        }

        return new IacObject(list) { Range = range };
    }

    /// <summary>Terraform's truthiness for conditions: true, false, or null when unknown or not a boolean.</summary>
    public static bool? Truth(IacValue value) => value switch
    {
        IacBool b => b.Value,
        IacString { Value: "true" } => true,
        IacString { Value: "false" } => false,
        _ => null,
    };
}
