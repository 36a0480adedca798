using System.Security.Cryptography;
using Bulwark.Ledger.Merkle;
using Bulwark.Ledger.Notes;

namespace Bulwark.Ledger.Tests.Notes;

public sealed class CheckpointNoteTests : IDisposable
{
    private static readonly Hash Root = new(SHA256.HashData("root"u8));
    private readonly LedgerKeys _log = LedgerKeys.Generate("bulwark.example/audit").Value!;

    public void Dispose() => _log.Dispose();

    [Fact]
    public void A_signed_checkpoint_opens_to_the_same_checkpoint()
    {
        var checkpoint = new Checkpoint("bulwark.example/audit", 20852163, Root);
        var text = CheckpointNote.Sign(checkpoint, _log.Signer);

        Assert.StartsWith($"bulwark.example/audit\n20852163\n{Root.ToBase64()}\n\n— bulwark.example/audit ", text);
        var opened = CheckpointNote.Open(text, _log.Verifier).Value!;
        Assert.Equal(checkpoint.Body(), opened.Checkpoint.Body());
        Assert.Equal(text, opened.Note.Serialize());
        Assert.Empty(opened.OtherSignatures);
    }

    [Fact]
    public void Extension_lines_are_signed_and_read_back()
    {
        var checkpoint = new Checkpoint("log.example/x", 3, Root) { Extensions = ["ext one", "ext two"] };
        var opened = CheckpointNote.Open(CheckpointNote.Sign(checkpoint, _log.Signer), _log.Verifier).Value!;
        Assert.Equal(["ext one", "ext two"], opened.Checkpoint.Extensions);
    }

    [Fact]
    public void A_checkpoint_signed_by_another_key_names_the_key_that_signed_it()
    {
        using var other = LedgerKeys.Generate("intruder.example/log").Value!;
        var text = CheckpointNote.Sign(new Checkpoint("bulwark.example/audit", 1, Root), other.Signer);

        var reason = CheckpointNote.Open(text, _log.Verifier).Reason;
        Assert.Equal($"wrong key: checkpoint signed by intruder.example/log (key {other.Signer.KeyId:x8}), not by bulwark.example/audit (key {_log.Signer.KeyId:x8})", reason);
    }

    [Fact]
    public void A_tampered_size_fails_the_log_signature()
    {
        var text = CheckpointNote.Sign(new Checkpoint("bulwark.example/audit", 10, Root), _log.Signer);
        var reason = CheckpointNote.Open(text.Replace("\n10\n", "\n11\n", StringComparison.Ordinal), _log.Verifier).Reason;
        Assert.StartsWith("bad signature: the checkpoint's signature by bulwark.example/audit", reason);
    }

    [Fact]
    public void Cosignatures_and_unknown_lines_stay_available_after_opening()
    {
        var text = CheckpointNote.Sign(new Checkpoint("bulwark.example/audit", 1, Root), _log.Signer) + "— witness.example/w1 AAAAAAECAwQ=\n";
        var opened = CheckpointNote.Open(text, _log.Verifier).Value!;
        Assert.Equal("witness.example/w1", Assert.Single(opened.OtherSignatures).Name);
    }

    [Theory]
    [InlineData("origin\n0\n{root}\n", null)]
    [InlineData("origin\n9223372036854775807\n{root}\n", null)]
    [InlineData("origin\n012\n{root}\n", "size '012' is not a decimal number without leading zeros")]
    [InlineData("origin\n00\n{root}\n", "size '00'")]
    [InlineData("origin\n-1\n{root}\n", "size '-1'")]
    [InlineData("origin\n+1\n{root}\n", "size '+1'")]
    [InlineData("origin\n1 \n{root}\n", "size '1 '")]
    [InlineData("origin\n٣\n{root}\n", "size '٣'")]
    [InlineData("origin\n9223372036854775808\n{root}\n", "size '9223372036854775808'")]
    [InlineData("origin\n12\nAAAA\n", "root hash 'AAAA' is not base64 of 32 bytes")]
    [InlineData("origin\n12\n{root}=\n", "is not base64 of 32 bytes")]
    [InlineData("origin\n12\n", "2 line(s), but origin, size and root hash are required")]
    [InlineData("origin\n12\n{root}", "does not end with a newline")]
    [InlineData("\n12\n{root}\n", "the origin line is empty")]
    [InlineData("origin\n12\n{root}\n\next\n", "line 4 is an empty extension line")]
    public void Checkpoint_bodies_are_read_strictly(string body, string? reason)
    {
        var result = CheckpointNote.ParseBody(body.Replace("{root}", Root.ToBase64(), StringComparison.Ordinal));
        if (reason is null)
        {
            Assert.True(result.Succeeded, result.Reason);
            return;
        }

        Assert.StartsWith("malformed checkpoint:", result.Reason);
        Assert.Contains(reason, result.Reason);
    }

    [Fact]
    public void A_checkpoint_that_would_not_parse_back_is_a_bug_and_is_not_signed()
    {
        Assert.Throws<ArgumentException>(() => CheckpointNote.Sign(new Checkpoint("two\nlines", 1, Root), _log.Signer));
        Assert.Throws<ArgumentException>(() => CheckpointNote.Sign(new Checkpoint("log", -1, Root), _log.Signer));
    }
}
