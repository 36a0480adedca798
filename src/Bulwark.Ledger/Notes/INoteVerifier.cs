namespace Bulwark.Ledger.Notes;

/// <summary>
/// A key a reader trusts: a signature line is checked by the verifier whose name and key id both match it,
/// and lines matching no verifier are ignored (c2sp.org/signed-note).
/// </summary>
public interface INoteVerifier
{
    /// <summary>The key's name, as it appears on signature lines.</summary>
    string Name { get; }

    /// <summary>The key id, as it appears at the start of the signature bytes.</summary>
    uint KeyId { get; }

    /// <summary>Whether <paramref name="signature"/> (the bytes after the key id) signs the UTF-8 note text.</summary>
    bool Verify(ReadOnlySpan<byte> text, ReadOnlySpan<byte> signature);
}
