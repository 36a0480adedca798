using Bulwark.Scanners.Host.Passwords;

namespace Bulwark.Scanners.Host.Accounts;

/// <summary>
/// One shadow entry under test by many threads at once: once a candidate matched, or libcrypt refused the hash,
/// the remaining candidates are skipped.
/// </summary>
internal sealed class PasswordTrial(ShadowEntry entry)
{
    private int _verdict = (int)CryptVerdict.NoMatch;

    /// <summary>The shadow line under test.</summary>
    public ShadowEntry Entry { get; } = entry;

    /// <summary>Match once any candidate matched, Unsupported when libcrypt refused the hash, NoMatch otherwise.</summary>
    public CryptVerdict Verdict => (CryptVerdict)Volatile.Read(ref _verdict);

    /// <summary>Tries one candidate password, unless the entry is already decided.</summary>
    public void Try(string password)
    {
        if (Verdict != CryptVerdict.NoMatch)
        {
            return;
        }

        var verdict = Crypt.Try(password, Entry.Hash);
        if (verdict != CryptVerdict.NoMatch)
        {
            Interlocked.CompareExchange(ref _verdict, (int)verdict, (int)CryptVerdict.NoMatch);
        }
    }
}
