using Bulwark.Ledger.Merkle;

namespace Bulwark.Ledger.Notes;

/// <summary>
/// The body of a checkpoint (c2sp.org/tlog-checkpoint): the log's origin, its size and the root hash at that
/// size, plus optional extension lines. Signed, it commits the log to everything it held at that size.
/// </summary>
/// <param name="Origin">The log's unique name, such as <c>bulwark.example.com/audit</c>.</param>
/// <param name="Size">The number of entries.</param>
/// <param name="Root">The RFC 9162 root hash of the first <paramref name="Size"/> entries.</param>
public sealed record Checkpoint(string Origin, long Size, Hash Root)
{
    /// <summary>Extra lines after the root hash; empty for Bulwark's own checkpoints.</summary>
    public IReadOnlyList<string> Extensions { get; init; } = [];

    /// <summary>The note body: origin, size, base64 root and extensions, each ending with a newline.</summary>
    public string Body()
    {
        var lines = new List<string> { Origin, Size.ToString(System.Globalization.CultureInfo.InvariantCulture), Root.ToBase64() };
        lines.AddRange(Extensions);
        return string.Concat(lines.Select(l => l + "\n"));
    }
}
