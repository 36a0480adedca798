using System.Text;

namespace Bulwark.Scanners.Detection.Parsing.Json;

/// <summary>
/// The flattened JSON names (<c>a.b.c</c>, before renaming) worth reading, looked up by their UTF-8 bytes straight
/// from the reader (no string per property name), each with the name its field carries in the event.
/// </summary>
internal sealed class JsonProjection
{
    private readonly (byte[] Name, string Field)[]?[] _buckets;
    private readonly int _mask;

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

        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, sources.Count * 4));
        _mask = size - 1;
        _buckets = new (byte[], string)[]?[size];
        foreach (var (source, field) in sources)
        {
            var bytes = Encoding.UTF8.GetBytes(source);
            ref var bucket = ref _buckets[Hash(bytes) & _mask];
            bucket = [.. bucket ?? [], (bytes, string.Intern(field))];
        }
    }

    /// <summary>The event field name for the flattened source name <paramref name="utf8Name"/>; null when it is not wanted.</summary>
    public string? Find(ReadOnlySpan<byte> utf8Name)
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
