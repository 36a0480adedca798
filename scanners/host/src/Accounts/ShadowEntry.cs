namespace Bulwark.Scanners.Host.Accounts;

/// <summary>One line of /etc/shadow: the account and its password field.</summary>
/// <param name="Name">The login name.</param>
/// <param name="Hash">The password field (a hash, a locked value starting with <c>!</c> or <c>*</c>, or empty); never shown to anyone.</param>
/// <param name="Line">The 1-based line in /etc/shadow.</param>
internal sealed record ShadowEntry(string Name, string Hash, int Line)
{
    /// <summary>True when the field cannot match any password: it starts with <c>!</c> (locked, <c>!!</c> never set) or <c>*</c> (disabled).</summary>
    public bool IsLocked => Hash.StartsWith('!') || Hash.StartsWith('*');
}
