using System.Buffers;
using System.Text;
using Bulwark.Ledger.Events;
using Bulwark.Ledger.Merkle;
using Bulwark.Ledger.Storage;
using Bulwark.Sdk;
using Microsoft.Win32.SafeHandles;

namespace Bulwark.Ledger;

/// <summary>
/// An append-only Merkle log in one file. Appends are buffered and become durable together at
/// <see cref="Commit"/> (one fsync per batch); proofs read stored subtree hashes. One writer at a time (a lock
/// file), any number of readers. Opening cuts a torn last write back to the last complete record and says so;
/// it never accepts damage inside the file.
/// </summary>
public sealed partial class Ledger : IDisposable
{
    private readonly SafeFileHandle _file;
    private readonly FileStream? _writer;
    private readonly FileStream? _lock;
    private readonly OffsetFile _entries;
    private readonly OffsetFile _checkpoints;
    private readonly NodeFile _tree;
    private readonly CompactRange _range;
    private readonly List<long> _pendingOffsets = [];
    private readonly List<long> _pendingCheckpoints = [];
    private readonly List<Hash> _pendingNodes = [];
    private byte[] _frame = new byte[4096];
    private long _end;
    private long _checkpointedSize;
    private DateTimeOffset _checkpointedAt = DateTimeOffset.MinValue;

    private Ledger(LedgerPaths paths, string origin, SafeFileHandle file, FileStream? writer, FileStream? lockFile, OffsetFile entries, OffsetFile checkpoints, NodeFile tree, long end, IReadOnlyList<string> notes)
    {
        Paths = paths;
        Origin = origin;
        _file = file;
        _writer = writer;
        _lock = lockFile;
        _entries = entries;
        _checkpoints = checkpoints;
        _tree = tree;
        _end = end;
        _range = CompactRange.Restore(entries.Count, tree.Perfect);
        RecoveryNotes = notes;
    }

    /// <summary>The files of this ledger.</summary>
    public LedgerPaths Paths { get; }

    /// <summary>The log's origin, the first line of its checkpoints.</summary>
    public string Origin { get; }

    /// <summary>The number of entries, committed or not.</summary>
    public long Size => _range.Size;

    /// <summary>The number of entries made durable by the last commit.</summary>
    public long CommittedSize => _entries.Count;

    /// <summary>What opening had to repair, in words (a torn last write cut back, caches rebuilt); empty when nothing.</summary>
    public IReadOnlyList<string> RecoveryNotes { get; }

    /// <summary>The root hash over every entry.</summary>
    public Hash Root => _range.Root();

    /// <summary>When set, commits sign and append a checkpoint as the policy says; null for checkpoints only on demand.</summary>
    public CheckpointPolicy? AutoCheckpoint { get; set; }

    /// <summary>Appends an event (checked first: a state-changing action needs a reason); returns its index.</summary>
    public Created<LedgerReceipt> Append(LedgerEvent entry)
    {
        if (Actions.Problem(entry) is { } problem)
        {
            return Created<LedgerReceipt>.Failed("event", problem);
        }

        var index = AppendEncoded(entry.Encode());
        return Created<LedgerReceipt>.Ok(new LedgerReceipt(index, _pendingNodes[^(CountCompleted(index) + 1)]));
    }

    /// <summary>Appends already-canonical bytes as the next entry; returns its index.</summary>
    public long AppendEncoded(ReadOnlySpan<byte> canonical)
    {
        var writer = _writer ?? throw new InvalidOperationException("the ledger was opened read-only");
        var framed = RecordFormat.FramedLength(canonical.Length);
        if (framed > _frame.Length)
        {
            _frame = new byte[Math.Max(framed, _frame.Length * 2)];
        }

        RecordFormat.Write(RecordKind.Entry, canonical, _frame);
        writer.Write(_frame, 0, framed);
        _pendingOffsets.Add(_end);
        _end += framed;
        var index = _range.Size;
        _range.Append(Hash.Leaf(canonical), _pendingNodes);
        return index;
    }

    /// <summary>Appends a signed checkpoint note and commits; checkpoints are durable as soon as they are written.</summary>
    public void AppendCheckpoint(string signedNote)
    {
        var writer = _writer ?? throw new InvalidOperationException("the ledger was opened read-only");
        var payload = Encoding.UTF8.GetBytes(signedNote);
        var framed = new byte[RecordFormat.FramedLength(payload.Length)];
        RecordFormat.Write(RecordKind.Checkpoint, payload, framed);
        writer.Write(framed);
        _pendingCheckpoints.Add(_end);
        _end += framed.Length;
        Commit();
    }

    /// <summary>Makes every append durable: one fsync of the ledger, then the caches catch up.</summary>
    public void Commit()
    {
        if (_writer is null || (_pendingOffsets.Count == 0 && _pendingCheckpoints.Count == 0))
        {
            return;
        }

        _writer.Flush(flushToDisk: true);
        _tree.Append(_pendingNodes);
        _entries.Append(_pendingOffsets);
        _checkpoints.Append(_pendingCheckpoints);
        _pendingNodes.Clear();
        _pendingOffsets.Clear();
        _pendingCheckpoints.Clear();
        CheckpointIfDue();
    }

    /// <summary>With <see cref="AutoCheckpoint"/> set: signs a checkpoint now if entries were committed since the last one.</summary>
    public void CheckpointPending()
    {
        Commit();
        if (AutoCheckpoint is { } policy && CommittedSize != _checkpointedSize)
        {
            (_checkpointedSize, _checkpointedAt) = (CommittedSize, policy.Clock.GetUtcNow());
            LedgerCheckpoints.Write(this, policy.Signer);
        }
    }

    private void CheckpointIfDue()
    {
        if (AutoCheckpoint is not { } policy || CommittedSize == _checkpointedSize)
        {
            return;
        }

        var now = policy.Clock.GetUtcNow();
        if (_checkpointedAt == DateTimeOffset.MinValue)
        {
            _checkpointedAt = now;
        }

        if (CommittedSize - _checkpointedSize >= policy.EveryEntries || now - _checkpointedAt >= policy.EveryInterval)
        {
            (_checkpointedSize, _checkpointedAt) = (CommittedSize, now);
            LedgerCheckpoints.Write(this, policy.Signer);
        }
    }

    /// <summary>The root hash of the first <paramref name="size"/> committed entries.</summary>
    public Hash RootAt(long size)
    {
        RequireCommitted(size);
        return Subtrees.Root(_tree.Perfect, size);
    }

    /// <summary>The inclusion proof of entry <paramref name="index"/> in the tree of the first <paramref name="size"/> entries.</summary>
    public IReadOnlyList<Hash> InclusionProof(long index, long size)
    {
        RequireCommitted(size);
        return ProofBuilder.Inclusion(_tree.Perfect, index, size);
    }

    /// <summary>The consistency proof from the tree of <paramref name="oldSize"/> entries to that of <paramref name="newSize"/>.</summary>
    public IReadOnlyList<Hash> ConsistencyProof(long oldSize, long newSize)
    {
        RequireCommitted(newSize);
        return ProofBuilder.Consistency(_tree.Perfect, oldSize, newSize);
    }

    /// <summary>Reads committed entry <paramref name="index"/>.</summary>
    public LedgerEntry ReadEntry(long index)
    {
        RequireCommitted(index + 1);
        var offset = _entries.Read(index);
        return new LedgerEntry(index, offset, ReadRecord(offset, RecordKind.Entry));
    }

    /// <summary>Committed entries from <paramref name="from"/> on, in order.</summary>
    public IEnumerable<LedgerEntry> ReadEntries(long from = 0)
    {
        for (var index = from; index < CommittedSize; index++)
        {
            yield return ReadEntry(index);
        }
    }

    /// <summary>Every checkpoint note written, oldest first.</summary>
    public IEnumerable<string> ReadCheckpoints()
    {
        for (var i = 0L; i < _checkpoints.Count; i++)
        {
            yield return Encoding.UTF8.GetString(ReadRecord(_checkpoints.Read(i), RecordKind.Checkpoint));
        }
    }

    /// <summary>The newest checkpoint note, or null when none has been written.</summary>
    public string? LatestCheckpoint() =>
        _checkpoints.Count == 0 ? null : Encoding.UTF8.GetString(ReadRecord(_checkpoints.Read(_checkpoints.Count - 1), RecordKind.Checkpoint));

    /// <summary>Commits what is pending, releases the writer's lock and closes the files.</summary>
    public void Dispose()
    {
        Commit();
        if (_writer is not null)
        {
            _tree.Flush();
            _entries.Flush();
            _checkpoints.Flush();
            _writer.Dispose();
        }

        _tree.Dispose();
        _entries.Dispose();
        _checkpoints.Dispose();
        _file.Dispose();
        if (_lock is not null)
        {
            // Removing the lock file marks a clean close: the next open need not re-check the caches.
            File.Delete(Paths.Lock);
            _lock.Dispose();
        }
    }

    private byte[] ReadRecord(long offset, RecordKind expected)
    {
        var head = new byte[RecordFormat.Overhead];
        RandomAccess.Read(_file, head, offset);
        var length = BitConverter.ToInt32(head, 3);
        var framed = new byte[RecordFormat.FramedLength(Math.Clamp(length, 0, RecordFormat.MaxPayload))];
        RandomAccess.Read(_file, framed, offset);
        var (status, kind, payloadLength) = RecordFormat.TryRead(framed);
        if (status != RecordStatus.Valid || kind != expected)
        {
            throw new InvalidDataException($"the record at byte {offset} is damaged; run 'bulwark ledger verify'");
        }

        return framed.AsSpan(RecordFormat.Overhead, payloadLength).ToArray();
    }

    private void RequireCommitted(long size)
    {
        if (size > CommittedSize)
        {
            throw new ArgumentOutOfRangeException(nameof(size), $"the ledger has {CommittedSize} committed entries, not {size}");
        }
    }

    // The leaf is followed in the pending list by the subtrees it completed: one per trailing one-bit of its index.
    private static int CountCompleted(long index) => System.Numerics.BitOperations.TrailingZeroCount(~index);
}
