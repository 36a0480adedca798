using System.Globalization;
using Bulwark.Ledger.Merkle;

namespace Bulwark.Ledger.Notes;

/// <summary>
/// Checkpoints as signed notes (c2sp.org/tlog-checkpoint): the log signs <see cref="Checkpoint.Body"/>, and a
/// reader verifies the signature before it believes a word of the body.
/// </summary>
public static class CheckpointNote
{
    /// <summary>The signed note text of <paramref name="checkpoint"/>, ready to publish.</summary>
    /// <exception cref="ArgumentException">The checkpoint would not parse back (an origin with a newline, a negative size, an empty extension line): a bug in the caller, not bad input.</exception>
    public static string Sign(Checkpoint checkpoint, NoteSigner signer)
    {
        var body = checkpoint.Body();
        if (ParseBody(body).Reason is { } reason)
        {
            throw new ArgumentException($"checkpoint cannot be signed: {reason}", nameof(checkpoint));
        }

        return SignedNote.Sign(body, signer).Value!.Serialize();
    }

    /// <summary>Parses a signed checkpoint and verifies the log's signature on it.</summary>
    public static NoteResult<OpenedCheckpoint> Open(string text, NoteVerifier log)
    {
        var parsed = SignedNote.Parse(text);
        if (!parsed.Succeeded)
        {
            return NoteResult<OpenedCheckpoint>.Fail(parsed.Reason);
        }

        if (parsed.Value.Verify([log], "checkpoint") is { } unverified)
        {
            return NoteResult<OpenedCheckpoint>.Fail(unverified);
        }

        var body = ParseBody(parsed.Value.Text);
        return body.Succeeded
            ? NoteResult<OpenedCheckpoint>.Ok(new OpenedCheckpoint(body.Value, parsed.Value, log))
            : NoteResult<OpenedCheckpoint>.Fail(body.Reason);
    }

    /// <summary>
    /// Reads a checkpoint body: origin, decimal size without leading zeros, base64 of a 32-byte root, then
    /// non-empty extension lines, each ending in a newline. Checks no signature.
    /// </summary>
    public static NoteResult<Checkpoint> ParseBody(string body)
    {
        if (body.Length == 0 || body[^1] != '\n')
        {
            return NoteResult<Checkpoint>.Fail("malformed checkpoint: it does not end with a newline");
        }

        if (NoteText.Check(body) is { } bad)
        {
            return NoteResult<Checkpoint>.Fail($"malformed checkpoint: {bad}");
        }

        var lines = body[..^1].Split('\n');
        if (lines.Length < 3)
        {
            return NoteResult<Checkpoint>.Fail($"malformed checkpoint: {lines.Length} line(s), but origin, size and root hash are required");
        }

        if (lines[0].Length == 0)
        {
            return NoteResult<Checkpoint>.Fail("malformed checkpoint: the origin line is empty");
        }

        if (ParseSize(lines[1]) is not { } size)
        {
            return NoteResult<Checkpoint>.Fail($"malformed checkpoint: size '{lines[1]}' is not a decimal number without leading zeros");
        }

        var root = NoteText.FromBase64(lines[2]);
        if (root is not { Length: Hash.Size })
        {
            return NoteResult<Checkpoint>.Fail($"malformed checkpoint: root hash '{lines[2]}' is not base64 of {Hash.Size} bytes");
        }

        var extensions = lines[3..];
        if (Array.IndexOf(extensions, "") is var empty and >= 0)
        {
            return NoteResult<Checkpoint>.Fail($"malformed checkpoint: line {empty + 4} is an empty extension line");
        }

        return NoteResult<Checkpoint>.Ok(new Checkpoint(lines[0], size, new Hash(root)) { Extensions = extensions });
    }

    // The spec's size is unsigned 64-bit; Bulwark's is a long, so 2^63 and above are refused like any malformed size.
    private static long? ParseSize(string text)
    {
        if (text.Length == 0 || !text.All(char.IsAsciiDigit) || (text.Length > 1 && text[0] == '0'))
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size) ? size : null;
    }
}
