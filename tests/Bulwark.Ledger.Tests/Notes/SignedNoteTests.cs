using Bulwark.Ledger.Notes;

namespace Bulwark.Ledger.Tests.Notes;

public class SignedNoteTests
{
    // The example of the Go sumdb/note package documentation (golang.org/x/mod/sumdb/note).
    private const string GoVkey = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private const string GoSkey = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"; // bulwark:ignore=secrets/signed-note-private-key published documentation example
    private const string GoText = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
    private const string GoNote = GoText + "\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    // The example of c2sp.org/signed-note's verifier key section.
    private const string C2spVkey = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";
    private const string C2spNote = "This is an example message.\n\n— example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";

    private static NoteVerifier Verifier(string vkey) => NoteVerifier.Parse(vkey).Value!;

    private static SignedNote Parsed(string note) => SignedNote.Parse(note).Value!;

    [Fact]
    public void The_go_documentation_example_opens_with_its_verifier_key()
    {
        var note = Parsed(GoNote);
        Assert.Equal(GoText, note.Text);
        Assert.Equal(0xc74f20a3u, Assert.Single(note.Signatures).KeyId);
        Assert.Null(note.Verify([Verifier(GoVkey)]));
    }

    [Fact]
    public void The_c2sp_specification_example_opens_with_its_verifier_key()
    {
        var note = Parsed(C2spNote);
        Assert.Equal("This is an example message.\n", note.Text);
        Assert.Null(note.Verify([Verifier(C2spVkey)]));
    }

    [Fact]
    public void Signing_with_the_go_example_private_key_gives_the_go_example_byte_for_byte()
    {
        using var signer = NoteSigner.Parse(GoSkey).Value!;
        Assert.Equal(GoVkey, signer.Verifier.VerifierKey);
        Assert.Equal(GoNote, SignedNote.Sign(GoText, signer).Value!.Serialize());
    }

    [Theory]
    [InlineData("If you think", "If you thinc")]
    [InlineData("x08go/ZJkuBS9", "x08go/ZJkuBT9")]
    public void Changing_one_character_of_text_or_signature_makes_the_known_key_reject_it(string from, string to)
    {
        var reason = Parsed(GoNote.Replace(from, to, StringComparison.Ordinal)).Verify([Verifier(GoVkey)]);
        Assert.StartsWith("bad signature:", reason);
    }

    [Fact]
    public void A_signature_under_another_name_is_ignored_and_leaves_no_known_signature()
    {
        var note = Parsed(GoNote.Replace("— PeterNeumann", "— PeterNeuman", StringComparison.Ordinal));
        var reason = note.Verify([Verifier(GoVkey)]);
        Assert.StartsWith("wrong key: note signed by PeterNeuman (key c74f20a3), not by PeterNeumann (key c74f20a3)", reason);
    }

    [Fact]
    public void Unknown_signers_beside_a_known_one_are_ignored()
    {
        var withStranger = GoNote + "— stranger.example/key AAAAAAECAwQ=\n";
        var note = Parsed(withStranger);
        Assert.Equal(2, note.Signatures.Count);
        Assert.Null(note.Verify([Verifier(GoVkey)]));
        Assert.Equal(withStranger, note.Serialize());
    }

    [Fact]
    public void The_text_may_hold_blank_lines_and_only_the_last_one_separates_the_signatures()
    {
        using var keys = LedgerKeys.Generate("poet.example/key").Value!;
        var text = "Ognuno sta solo sul cuor della terra\n\ned è subito sera.\n\n";
        var note = SignedNote.Sign(text, keys.Signer).Value!.Serialize();

        var parsed = Parsed(note);
        Assert.Equal(text, parsed.Text);
        Assert.Equal(note, parsed.Serialize());
        Assert.Null(parsed.Verify([keys.Verifier]));
    }

    [Fact]
    public void A_note_parses_from_utf8_bytes_and_refuses_malformed_utf8()
    {
        Assert.True(SignedNote.Parse(System.Text.Encoding.UTF8.GetBytes(GoNote)).Succeeded);
        byte[] broken = [.. System.Text.Encoding.UTF8.GetBytes(GoNote)];
        broken[3] = 0xff;
        Assert.Equal("malformed note: not valid UTF-8", SignedNote.Parse(broken).Reason);
    }

    [Theory]
    [InlineData("no blank line", "text\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n", "no blank line")]
    [InlineData("no final newline", "text\n\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=", "do not end with a newline")]
    [InlineData("no signatures", "text\n\n", "do not end with a newline")]
    [InlineData("bad base64", "text\n\n— PeterNeumann x08go/ZJkuBS9UG!!!\n", "not base64")]
    [InlineData("whitespace in base64", "text\n\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM= \n", "not base64")]
    [InlineData("only a key id", "text\n\n— PeterNeumann x08g\n", "not base64 of a key id and a signature")]
    [InlineData("hyphen not em dash", "text\n\n- PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n", "em dash")]
    [InlineData("no space after name", "text\n\n— PeterNeumann\n", "no space")]
    [InlineData("plus in name", "text\n\n— Peter+Neumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n", "'+'")]
    [InlineData("carriage returns", "text\r\n\r\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\r\n", "control character U+000D")]
    [InlineData("a tab", "te\txt\n\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n", "control character U+0009")]
    public void Malformed_notes_are_refused_with_a_reason(string what, string note, string reason)
    {
        var result = SignedNote.Parse(note);
        Assert.False(result.Succeeded, what);
        Assert.StartsWith("malformed note:", result.Reason);
        Assert.Contains(reason, result.Reason);
    }

    [Fact]
    public void A_lone_surrogate_has_no_utf8_form_and_is_refused()
    {
        // Not an InlineData: attribute strings are stored as UTF-8, which would replace the surrogate.
        var result = SignedNote.Parse("te\ud800xt" + GoNote);
        Assert.Equal("malformed note: not valid UTF-8", result.Reason);
    }

    [Fact]
    public void A_signature_whose_key_id_matches_no_known_key_is_ignored_even_under_a_known_name()
    {
        // Same name, key id c74f20a4 instead of c74f20a3: another key, so not a failure of the known one.
        var note = Parsed(GoNote.Replace("— PeterNeumann x08go", "— PeterNeumann x08gp", StringComparison.Ordinal));
        Assert.NotEqual(0xc74f20a3u, note.Signatures[0].KeyId);
        Assert.StartsWith("wrong key:", note.Verify([Verifier(GoVkey)]));
    }

    [Fact]
    public void A_hundred_signatures_are_accepted_and_a_hundred_and_one_refused()
    {
        var stranger = "— stranger.example/key AAAAAAECAwQ=\n";
        var hundred = GoNote + string.Concat(Enumerable.Repeat(stranger, 99));
        Assert.Null(Parsed(hundred).Verify([Verifier(GoVkey)]));

        var result = SignedNote.Parse(hundred + stranger);
        Assert.Equal("malformed note: 101 signatures, more than the 100 allowed", result.Reason);
    }

    [Theory]
    [InlineData("no final newline")]
    [InlineData("a carriage return\r\n")]
    public void Only_newline_terminated_text_without_control_characters_can_be_signed(string text)
    {
        using var keys = LedgerKeys.Generate("log.example/a").Value!;
        Assert.False(SignedNote.Sign(text, keys.Signer).Succeeded);
    }
}
