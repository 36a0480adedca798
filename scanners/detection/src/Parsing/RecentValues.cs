using System.Buffers.Binary;
using Bulwark.Scanners.Detection.Events;

namespace Bulwark.Scanners.Detection.Parsing;

/// <summary>
/// The values one field held lately, by their bytes in the log: a value seen again is handed out as the same shared
/// <see cref="EventValue"/> (<see cref="EventValue.IsShared"/> from then on), with no new string, and with what the engine already
/// worked out about it. Logs repeat most fields (programs, parents, users, directories, hosts) and few others (times,
/// ids, most command lines): a field whose values seldom come back is not looked up for a while, so it costs almost
/// nothing. Safe on several threads: slots hold immutable entries, replaced whole; the counters are only a guide.
/// </summary>
internal sealed class RecentValues
{
    private const int Slots = 1024;
    private const int Trial = 4096;

    // Values longer than this are rarely repeated and would make every comparison longer.
    private const int MaxLength = 128;

    private readonly Entry?[] _slots = new Entry?[Slots];
    private int _lookups;
    private int _hits;
    private int _resting;

    /// <summary>The shared value for <paramref name="utf8"/> when it was seen lately; null when the caller must decode it (<see cref="Add"/>).</summary>
    public EventValue? Find(ReadOnlySpan<byte> utf8)
    {
        if (_resting > 0 || utf8.Length > MaxLength)
        {
            return null;
        }

        var entry = _slots[Slot(utf8)];
        var hit = entry is not null && utf8.SequenceEqual(entry.Utf8);
        Count(hit);
        if (!hit)
        {
            return null;
        }

        // Shared from its second sighting on: working out what holds for a value seen once would be wasted.
        entry!.Value.IsShared = true;
        return entry.Value;
    }

    /// <summary>
    /// Whether a value of <paramref name="length"/> bytes that <see cref="Find"/> did not have is worth keeping (then
    /// decode it and <see cref="Add"/> it); when not, the caller makes a value of its own. Called once per such value.
    /// </summary>
    public bool Keeps(int length)
    {
        if (_resting > 0)
        {
            _resting--;
            return false;
        }

        return length <= MaxLength;
    }

    /// <summary>The value for <paramref name="text"/> (decoded from <paramref name="utf8"/>), kept for next time (<see cref="Keeps"/> said so).</summary>
    public EventValue Add(ReadOnlySpan<byte> utf8, string text)
    {
        var value = EventValue.Of(text);
        _slots[Slot(utf8)] = new Entry(utf8.ToArray(), value);
        return value;
    }

    private static int Slot(ReadOnlySpan<byte> utf8) => (int)(Hash(utf8) & (Slots - 1));

    // Every Trial look-ups the hit rate is judged: under one in two, the field rests for 16 trials' worth of values
    // (then is tried again, as a log's mix can change).
    private void Count(bool hit)
    {
        if (hit)
        {
            _hits++;
        }

        if (++_lookups < Trial)
        {
            return;
        }

        if (_hits * 2 < _lookups)
        {
            _resting = 16 * Trial;
        }

        _lookups = 0;
        _hits = 0;
    }

    // Eight bytes at a time, multiplied and folded: short keys, and a collision only costs a miss.
    private static ulong Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = 0x9E3779B97F4A7C15UL ^ (ulong)bytes.Length;
        while (bytes.Length >= 8)
        {
            hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes)) * 0xFF51AFD7ED558CCDUL;
            bytes = bytes[8..];
        }

        ulong tail = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            tail |= (ulong)bytes[i] << (8 * i);
        }

        hash = (hash ^ tail) * 0xC4CEB9FE1A85EC53UL;
        return hash ^ (hash >> 29);
    }

    private sealed record Entry(byte[] Utf8, EventValue Value);
}
