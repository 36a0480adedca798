using System.Text;

namespace Bulwark.Ledger.Notes;

/// <summary>
/// A signed note (c2sp.org/signed-note): text ending in a newline, a blank line, then one or more signature
/// lines. Parsing and <see cref="Serialize"/> are byte-exact inverses, so a note can be passed on unchanged.
/// </summary>
public sealed class SignedNote
{
    private SignedNote(string text, IReadOnlyList<NoteSignature> signatures)
    {
        Text = text;
        Signatures = signatures;
    }

    /// <summary>The signed text, final newline included. Meaningless until <see cref="Verify(IReadOnlyList{INoteVerifier})"/> has passed.</summary>
    public string Text { get; }

    /// <summary>Every signature line, known signer or not, in note order.</summary>
    public IReadOnlyList<NoteSignature> Signatures { get; }

    /// <summary>Signs <paramref name="text"/>, which must end in a newline and hold no control character but newline.</summary>
    public static NoteResult<SignedNote> Sign(string text, NoteSigner signer)
    {
        if (text.Length == 0 || text[^1] != '\n')
        {
            return NoteResult<SignedNote>.Fail("the note text does not end with a newline");
        }

        if (NoteText.Check(text) is { } bad)
        {
            return NoteResult<SignedNote>.Fail($"the note text is unsignable: {bad}");
        }

        var signature = new NoteSignature(signer.Name, signer.KeyId, signer.SignBytes(Encoding.UTF8.GetBytes(text)));
        return NoteResult<SignedNote>.Ok(new SignedNote(text, [signature]));
    }

    /// <summary>Reads a note from its UTF-8 bytes, refusing malformed UTF-8.</summary>
    public static NoteResult<SignedNote> Parse(ReadOnlySpan<byte> utf8) =>
        NoteText.FromUtf8(utf8) is { } note ? Parse(note) : NoteResult<SignedNote>.Fail("malformed note: not valid UTF-8");

    /// <summary>Splits a note at its last blank line and reads the signature lines; checks no signature.</summary>
    public static NoteResult<SignedNote> Parse(string note)
    {
        if (NoteText.Check(note) is { } bad)
        {
            return NoteResult<SignedNote>.Fail($"malformed note: {bad}");
        }

        // The text may hold blank lines itself; only the last one separates it from the signatures.
        var split = note.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0)
        {
            return NoteResult<SignedNote>.Fail("malformed note: no blank line between the text and the signatures");
        }

        var block = note[(split + 2)..];
        if (block.Length == 0 || block[^1] != '\n')
        {
            return NoteResult<SignedNote>.Fail("malformed note: the signature lines do not end with a newline");
        }

        var lines = block[..^1].Split('\n');
        if (lines.Length > NoteText.MaxSignatures)
        {
            return NoteResult<SignedNote>.Fail($"malformed note: {lines.Length} signatures, more than the {NoteText.MaxSignatures} allowed");
        }

        var signatures = new List<NoteSignature>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (NoteSignature.Parse(lines[i], out var reason) is not { } signature)
            {
                return NoteResult<SignedNote>.Fail($"malformed note: signature line {i + 1} {reason}");
            }

            signatures.Add(signature);
        }

        return NoteResult<SignedNote>.Ok(new SignedNote(note[..(split + 1)], signatures));
    }

    /// <summary>
    /// Null when at least one signature by a known key verifies and none fails; else why not. Lines whose name
    /// and key id match no known key are ignored, as the spec requires.
    /// </summary>
    public string? Verify(IReadOnlyList<INoteVerifier> known) => Verify(known, "note");

    internal string? Verify(IReadOnlyList<INoteVerifier> known, string what)
    {
        var text = Encoding.UTF8.GetBytes(Text);
        var verified = 0;
        foreach (var signature in Signatures)
        {
            var verifier = known.FirstOrDefault(k => k.Name == signature.Name && k.KeyId == signature.KeyId);
            if (verifier is null)
            {
                continue;
            }

            if (!verifier.Verify(text, signature.Signature))
            {
                return $"bad signature: the {what}'s signature by {signature} does not verify";
            }

            verified++;
        }

        if (verified > 0)
        {
            return null;
        }

        var signers = Signatures.Count == 0 ? "nobody" : string.Join(", ", Signatures);
        return $"wrong key: {what} signed by {signers}, not by {string.Join(" or ", known.Select(k => $"{k.Name} (key {k.KeyId:x8})"))}";
    }

    /// <summary>This note plus <paramref name="signature"/>, replacing an earlier line by the same name and key id.</summary>
    internal SignedNote WithSignature(NoteSignature signature) =>
        new(Text, [.. Signatures.Where(s => s.Name != signature.Name || s.KeyId != signature.KeyId), signature]);

    /// <summary>The note's exact text: the text, a blank line, and one line per signature.</summary>
    public string Serialize() => Text + "\n" + string.Concat(Signatures.Select(s => s.Line()));

    /// <inheritdoc />
    public override string ToString() => Serialize();
}
