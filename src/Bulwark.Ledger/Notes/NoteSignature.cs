using System.Buffers.Binary;

namespace Bulwark.Ledger.Notes;

/// <summary>
/// One signature line of a signed note: <c>— &lt;name&gt; base64(key id || signature)</c>. The name and key id
/// together pick the key; the bytes mean whatever that key's algorithm says.
/// </summary>
public sealed class NoteSignature
{
    private readonly byte[] _signature;

    /// <summary>A signature by the key with <paramref name="name"/> and <paramref name="keyId"/>.</summary>
    public NoteSignature(string name, uint keyId, ReadOnlySpan<byte> signature)
    {
        Name = name;
        KeyId = keyId;
        _signature = signature.ToArray();
    }

    /// <summary>The key's name, such as <c>bulwark.example.com/audit</c>.</summary>
    public string Name { get; }

    /// <summary>The first four bytes of the key's hash, big-endian.</summary>
    public uint KeyId { get; }

    /// <summary>The algorithm's signature bytes, after the key id.</summary>
    public ReadOnlySpan<byte> Signature => _signature;

    /// <summary>The signature line, newline included.</summary>
    public string Line()
    {
        var blob = new byte[4 + _signature.Length];
        BinaryPrimitives.WriteUInt32BigEndian(blob, KeyId);
        _signature.CopyTo(blob, 4);
        return $"{NoteText.SignaturePrefix}{Name} {Convert.ToBase64String(blob)}\n";
    }

    /// <summary>Reads one signature line without its newline; null with a reason when malformed.</summary>
    internal static NoteSignature? Parse(string line, out string? reason)
    {
        reason = null;
        if (!line.StartsWith(NoteText.SignaturePrefix, StringComparison.Ordinal))
        {
            reason = "does not start with an em dash and a space";
            return null;
        }

        var rest = line[NoteText.SignaturePrefix.Length..];
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            reason = "has no space between the key name and the signature";
            return null;
        }

        var name = rest[..space];
        if (!NoteText.IsValidName(name))
        {
            reason = $"key name '{name}' is empty or holds a space or '+'";
            return null;
        }

        var blob = NoteText.FromBase64(rest[(space + 1)..]);
        if (blob is null || blob.Length < 5)
        {
            reason = $"the signature by {name} is not base64 of a key id and a signature";
            return null;
        }

        return new NoteSignature(name, BinaryPrimitives.ReadUInt32BigEndian(blob), blob.AsSpan(4));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} (key {KeyId:x8})";
}
