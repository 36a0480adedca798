using System.Text;

namespace Bulwark.Scanners.Detection.Parsing.Json;

/// <summary>
/// The flattened JSON names (<c>a.b.c</c>, before renaming) worth reading, looked up by their UTF-8 bytes straight
/// from the reader (no string per property name), each with the field it fills in the event.
/// </summary>
internal sealed class JsonProjection
{
    private const int Remembered = 64;

    private readonly (byte[] Name, ProjectedField Field)[]?[] _buckets;
    private readonly int _mask;

    // A producer writes its properties in the same order line after line: what the n-th value's name was last time is
    // compared first, which is cheaper than hashing it. Entries are immutable and replaced whole (several threads read).
    private readonly Seen?[] _byOrdinal = new Seen?[Remembered];

    /// <param name="fields">The event field names wanted (after renaming).</param>
    public JsonProjection(IReadOnlySet<string> fields, JsonFieldMapping mapping)
    {
        // A wanted field is read from each source name renamed to it, and from its own name unless that is renamed away.
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (source, field) in mapping.Renames)
        {
            if (fields.Contains(field))
            {
                sources[source] = field;
            }
        }

        foreach (var field in fields)
        {
            if (!mapping.Renames.ContainsKey(field))
            {
                sources.TryAdd(field, field);
            }
        }

        Fields = sources.Values.Distinct().Count();
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, sources.Count * 4));
        _mask = size - 1;
        _buckets = new (byte[], ProjectedField)[]?[size];
        var made = new Dictionary<string, ProjectedField>(StringComparer.Ordinal);
        foreach (var (source, field) in sources)
        {
            var bytes = Encoding.UTF8.GetBytes(source);
            ref var bucket = ref _buckets[Hash(bytes) & _mask];
            var projected = made.TryGetValue(field, out var known) ? known : made[field] = new ProjectedField(string.Intern(field));
            bucket = [.. bucket ?? [], (bytes, projected)];
        }
    }

    /// <summary>How many fields an event read through it holds at most (arrays aside).</summary>
    public int Fields { get; }

    /// <summary>
    /// How many fields the last event read held: room for as many is made for the next (a producer writes the same
    /// fields line after line, and most wanted fields are absent from a given log). Written by several threads; any
    /// recent count will do.
    /// </summary>
    public int Typical { get; set; } = 1;

    /// <summary>
    /// The field for the flattened source name <paramref name="utf8Name"/>, the <paramref name="ordinal"/>-th value of
    /// its line; null when it is not wanted.
    /// </summary>
    public ProjectedField? Find(ReadOnlySpan<byte> utf8Name, int ordinal)
    {
        if (ordinal >= Remembered)
        {
            return Find(utf8Name);
        }

        if (_byOrdinal[ordinal] is { } seen && utf8Name.SequenceEqual(seen.Name))
        {
            return seen.Field;
        }

        var field = Find(utf8Name);
        _byOrdinal[ordinal] = new Seen(utf8Name.ToArray(), field);
        return field;
    }

    private ProjectedField? Find(ReadOnlySpan<byte> utf8Name)
    {
        if (_buckets[Hash(utf8Name) & _mask] is not { } bucket)
        {
            return null;
        }

        foreach (var (name, field) in bucket)
        {
            if (utf8Name.SequenceEqual(name))
            {
                return field;
            }
        }

        return null;
    }

    private sealed record Seen(byte[] Name, ProjectedField? Field);

    // FNV-1a: names are short, and the table only needs them spread, not protected against chosen collisions (a
    // colliding name costs one more comparison, never a wrong answer).
    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }
}

/// <summary>A field read from JSON: the name it carries in the event, and the values it held lately.</summary>
internal sealed class ProjectedField(string name)
{
    public string Name { get; } = name;

    public RecentValues Recent { get; } = new();
}
