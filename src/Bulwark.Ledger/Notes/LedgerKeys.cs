using Bulwark.Sdk;

namespace Bulwark.Ledger.Notes;

/// <summary>
/// A log's or witness's key pair and its two files: the private key text (mode 0600) and the verifier key
/// text to hand to readers. Both use the Go sumdb/note spelling, so Go tools can read them too.
/// </summary>
public sealed class LedgerKeys : IDisposable
{
    private LedgerKeys(NoteSigner signer) => Signer = signer;

    /// <summary>The private half.</summary>
    public NoteSigner Signer { get; }

    /// <summary>The public half.</summary>
    public NoteVerifier Verifier => Signer.Verifier;

    /// <summary>A fresh Ed25519 key pair named <paramref name="name"/>, such as <c>bulwark.example.com/audit</c>.</summary>
    public static Created<LedgerKeys> Generate(string name) =>
        NoteText.IsValidName(name)
            ? Created<LedgerKeys>.Ok(new LedgerKeys(NoteSigner.Create(name)))
            : Created<LedgerKeys>.Failed("", $"key name '{name}': must be non-empty, without spaces, '+' or control characters");

    /// <summary>Writes both files; refuses to overwrite either, since losing a log key loses the log's identity. Null on success.</summary>
    public ConfigProblem? Write(string privatePath, string publicPath)
    {
        foreach (var path in new[] { privatePath, publicPath })
        {
            if (File.Exists(path))
            {
                return new ConfigProblem($"key file {path}", "already exists; refusing to overwrite a key");
            }
        }

        return WriteNew(privatePath, Signer.PrivateKeyText(), UnixFileMode.UserRead | UnixFileMode.UserWrite)
            ?? WriteNew(publicPath, Verifier.VerifierKey, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
    }

    /// <summary>Reads a private key file.</summary>
    public static Created<NoteSigner> LoadSigner(string path)
    {
        if (Read(path, out var error) is not { } text)
        {
            return Created<NoteSigner>.Failed($"key file {path}", $"cannot be read: {error}");
        }

        var parsed = NoteSigner.Parse(text);
        if (parsed.Succeeded)
        {
            return Created<NoteSigner>.Ok(parsed.Value);
        }

        var hint = NoteVerifier.Parse(text).Succeeded ? " (this is a public verifier key; the private key file is needed)" : "";
        return Created<NoteSigner>.Failed($"key file {path}", parsed.Reason + hint);
    }

    /// <summary>Reads a verifier key from a file, or takes <paramref name="pathOrKey"/> as verifier key text itself.</summary>
    public static Created<NoteVerifier> LoadVerifier(string pathOrKey)
    {
        var fromFile = File.Exists(pathOrKey);
        string? error = null;
        var text = fromFile ? Read(pathOrKey, out error) : pathOrKey;
        var where = fromFile ? $"key file {pathOrKey}" : "verifier key";
        if (text is null)
        {
            return Created<NoteVerifier>.Failed(where, $"cannot be read: {error}");
        }

        if (!fromFile && !text.Contains('+', StringComparison.Ordinal))
        {
            return Created<NoteVerifier>.Failed($"key file {pathOrKey}", "not found, and not verifier key text either");
        }

        if (text.StartsWith("PRIVATE+KEY+", StringComparison.Ordinal))
        {
            return Created<NoteVerifier>.Failed(where, "is a private key; give the public verifier key instead, and keep this one secret");
        }

        var parsed = NoteVerifier.Parse(text);
        return parsed.Succeeded ? Created<NoteVerifier>.Ok(parsed.Value) : Created<NoteVerifier>.Failed(where, parsed.Reason);
    }

    /// <inheritdoc />
    public void Dispose() => Signer.Dispose();

    private static ConfigProblem? WriteNew(string path, string text, UnixFileMode mode)
    {
        // CreateNew with the mode set at creation: the secret is never readable by others, not even briefly.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = mode;
        }

        try
        {
            using var stream = new FileStream(path, options);
            using var writer = new StreamWriter(stream);
            writer.Write(text + "\n");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ConfigProblem($"key file {path}", $"cannot be written: {e.Message}");
        }
    }

    private static string? Read(string path, out string? error)
    {
        error = null;
        try
        {
            return File.ReadAllText(path).TrimEnd();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = e.Message;
            return null;
        }
    }
}
