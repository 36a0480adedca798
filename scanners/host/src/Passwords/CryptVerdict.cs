namespace Bulwark.Scanners.Host.Passwords;

/// <summary>What hashing one candidate password with a stored hash's settings gave.</summary>
internal enum CryptVerdict
{
    /// <summary>The candidate hashes to the stored value: the account accepts that password.</summary>
    Match,

    /// <summary>It hashes to something else.</summary>
    NoMatch,

    /// <summary>libcrypt refused the stored hash (a scheme it does not know, a malformed value), or could not be loaded.</summary>
    Unsupported,
}
