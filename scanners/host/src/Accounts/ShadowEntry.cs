namespace Bulwark.Scanners.Host.Accounts;

/// <summary>One line of /etc/shadow: the account and its password field.</summary>
/// <param name="Name">The login name.</param>
/// <param name="Hash">The password field (a hash, a locked value starting with <c>!</c> or <c>*</c>, or empty); never shown to anyone.</param>
/// <param name="Line">The 1-based line in /etc/shadow.</param>
/// <param name="Ageing">The fields after the password: last change, minimum, maximum, warning, inactive, expiry (days; empty when unset).</param>
internal sealed record ShadowEntry(string Name, string Hash, int Line, IReadOnlyList<string> Ageing)
{
    /// <summary>Ageing field <paramref name="index"/> (0 = last change … 5 = expiry), trimmed; empty when the line does not have it.</summary>
    public string AgeingField(int index) => index < Ageing.Count ? Ageing[index].Trim() : "";

    /// <summary>True when the field cannot match any password: it starts with <c>!</c> (locked, <c>!!</c> never set) or <c>*</c> (disabled).</summary>
    public bool IsLocked => Hash.StartsWith('!') || Hash.StartsWith('*');
}
