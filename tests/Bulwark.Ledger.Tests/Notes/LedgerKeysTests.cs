using Bulwark.Ledger.Notes;

namespace Bulwark.Ledger.Tests.Notes;

public class LedgerKeysTests
{
    [Fact]
    public void Written_keys_load_back_and_sign_notes_the_loaded_verifier_accepts()
    {
        using var folder = new TempFolder();
        using var keys = LedgerKeys.Generate("bulwark.example.com/audit").Value!;
        Assert.Null(keys.Write(folder.File("log.key"), folder.File("log.pub")));

        using var signer = LedgerKeys.LoadSigner(folder.File("log.key")).Value!;
        var verifier = LedgerKeys.LoadVerifier(folder.File("log.pub")).Value!;
        Assert.Equal(keys.Verifier.VerifierKey, verifier.VerifierKey);
        Assert.Equal(keys.Signer.KeyId, signer.KeyId);

        var note = SignedNote.Sign("hello\n", signer).Value!;
        Assert.Null(note.Verify([verifier]));
    }

    [Fact]
    public void Key_files_use_the_go_note_spelling_and_the_private_one_is_readable_only_by_its_owner()
    {
        using var folder = new TempFolder();
        using var keys = LedgerKeys.Generate("log.example/a").Value!;
        Assert.Null(keys.Write(folder.File("log.key"), folder.File("log.pub")));

        var secret = File.ReadAllText(folder.File("log.key"));
        Assert.Matches(@"^PRIVATE\+KEY\+log\.example/a\+[0-9a-f]{8}\+A[A-Za-z0-9+/]{43}\n$", secret);
        Assert.Equal(keys.Verifier.VerifierKey + "\n", File.ReadAllText(folder.File("log.pub")));
        Assert.Matches($@"^log\.example/a\+{keys.Signer.KeyId:x8}\+A", keys.Verifier.VerifierKey);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(folder.File("log.key")));
        }
    }

    [Fact]
    public void Writing_never_overwrites_an_existing_key()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("log.key"), "precious");
        using var keys = LedgerKeys.Generate("log.example/a").Value!;

        var problem = keys.Write(folder.File("log.key"), folder.File("log.pub"));
        Assert.Equal($"key file {folder.File("log.key")}: already exists; refusing to overwrite a key", problem?.ToString());
        Assert.Equal("precious", File.ReadAllText(folder.File("log.key")));
        Assert.False(File.Exists(folder.File("log.pub")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("a+b")]
    [InlineData("tab\there")]
    public void Key_names_must_be_non_empty_without_spaces_or_plus(string name)
    {
        var result = LedgerKeys.Generate(name);
        Assert.False(result.Succeeded);
        Assert.StartsWith($"key name '{name}'", result.Problems[0].Message);
    }

    [Fact]
    public void A_file_that_is_not_a_private_key_is_named_in_the_problem()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("notes.txt"), "just some text\n");
        var problem = LedgerKeys.LoadSigner(folder.File("notes.txt")).Problems[0].ToString();
        Assert.StartsWith($"key file {folder.File("notes.txt")}: not a Bulwark/note private key", problem);
    }

    [Fact]
    public void Loading_a_public_key_as_the_signer_says_the_private_one_is_needed()
    {
        using var folder = new TempFolder();
        using var keys = LedgerKeys.Generate("log.example/a").Value!;
        File.WriteAllText(folder.File("log.pub"), keys.Verifier.VerifierKey + "\n");
        Assert.Contains("this is a public verifier key", LedgerKeys.LoadSigner(folder.File("log.pub")).Problems[0].Message);
    }

    [Fact]
    public void A_missing_key_file_is_a_problem_not_an_exception()
    {
        using var folder = new TempFolder();
        Assert.StartsWith($"key file {folder.File("nope.key")}: cannot be read", LedgerKeys.LoadSigner(folder.File("nope.key")).Problems[0].ToString());
        Assert.Equal($"key file {folder.File("nope.pub")}: not found, and not verifier key text either", LedgerKeys.LoadVerifier(folder.File("nope.pub")).Problems[0].ToString());
    }

    [Fact]
    public void A_verifier_loads_from_key_text_as_well_as_from_a_file()
    {
        var verifier = LedgerKeys.LoadVerifier("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW").Value!;
        Assert.Equal("PeterNeumann", verifier.Name);
        Assert.Equal(0xc74f20a3u, verifier.KeyId);
    }

    [Theory]
    [InlineData("PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", "key id c74f20a4 does not match the key (c74f20a3)")]
    [InlineData("PeterNeumann+c74f20a3+BBpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", "type byte 0x01")]
    [InlineData("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10", "type byte 0x01")]
    [InlineData("PeterNeumann+c74f+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", "not 8 hexadecimal digits")]
    [InlineData("PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz", "is a private key")] // bulwark:ignore=secrets/signed-note-private-key the published example key of Go's note package docs
    public void Malformed_verifier_keys_say_what_is_wrong(string text, string reason)
    {
        Assert.Contains(reason, LedgerKeys.LoadVerifier(text).Problems[0].Message);
    }

    [Fact]
    public void A_private_key_whose_key_id_does_not_match_its_seed_is_refused()
    {
        // bulwark:ignore=secrets/signed-note-private-key the published example key of Go's note package docs, key id altered
        var result = NoteSigner.Parse("PRIVATE+KEY+PeterNeumann+c74f20a4+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz");
        Assert.Equal("private key for PeterNeumann: key id c74f20a4 does not match the key (c74f20a3)", result.Reason);
    }
}
