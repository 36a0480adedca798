using Bulwark.Ledger.Merkle;

namespace Bulwark.Ledger.Shipping;

/// <summary>What <see cref="ShippedVerifier"/> has collected from the lines: distinct entries and checkpoints, repeats, problems.</summary>
internal sealed class Received
{
    /// <summary>The log of the first message; every other message must name the same.</summary>
    internal string? Origin { get; set; }

    /// <summary>Entries by index, first copy kept.</summary>
    internal Dictionary<long, Entry> Entries { get; } = [];

    /// <summary>Indexes whose copies disagree with each other or with their leaf hash.</summary>
    internal HashSet<long> Damaged { get; } = [];

    /// <summary>Checkpoint messages by note text, first copy kept.</summary>
    internal Dictionary<string, ShippedLine> Checkpoints { get; } = new(StringComparer.Ordinal);

    internal long Duplicates { get; set; }

    internal List<string> Problems { get; } = [];

    internal List<string> Notes { get; } = [];

    /// <summary>Takes an entry message: checks its leaf hash, drops an exact repeat, flags a changed one.</summary>
    internal void AddEntry(ShippedLine message)
    {
        var index = message.Position;
        if (index < 0)
        {
            Problems.Add($"line {message.Number}: entry index {index} is negative");
            return;
        }

        var leaf = Hash.Leaf(message.Entry);
        if (!string.Equals(leaf.ToHex(), message.LeafHash, StringComparison.OrdinalIgnoreCase))
        {
            Problems.Add($"line {message.Number}: entry {index} hashes to leaf {leaf.ToHex()}, not to the {message.LeafHash} sent with it");
            Damaged.Add(index);
        }

        if (!Entries.TryGetValue(index, out var seen))
        {
            Entries[index] = new Entry(message.Entry!, leaf, message.Number);
        }
        else if (seen.Bytes.AsSpan().SequenceEqual(message.Entry))
        {
            Duplicates++;
        }
        else
        {
            Problems.Add($"entry {index} arrived twice with different contents (lines {seen.Line} and {message.Number})");
            Damaged.Add(index);
        }
    }

    /// <summary>One received entry.</summary>
    internal sealed record Entry(byte[] Bytes, Hash Leaf, int Line);
}
