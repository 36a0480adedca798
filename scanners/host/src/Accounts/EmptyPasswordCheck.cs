using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Accounts;

/// <summary><c>empty-password</c>: an account whose password field is empty lets anyone log in without a password.</summary>
internal static class EmptyPasswordCheck
{
    /// <summary>
    /// Fails for every empty password field of /etc/shadow, and every empty field of /etc/passwd. pam_unix reads
    /// /etc/shadow only when the passwd field is <c>x</c>, so an empty passwd field is an empty password even when
    /// the account also has a shadow line.
    /// </summary>
    internal static CheckOutcome Evaluate(AccountFile<PasswdEntry> passwd, AccountFile<ShadowEntry> shadow)
    {
        if (shadow.Problem is not null)
        {
            return AccountVerdict.Unreadable(shadow);
        }

        var failures = passwd.Entries
            .Where(entry => entry.Password.Length == 0)
            .Select(entry => new Evidence(passwd.Path, entry.Line, $"account {entry.Name} has an empty password field", "x (the hash kept in /etc/shadow), or a locked field"))
            .Concat(shadow.Entries
                .Where(entry => entry.Hash.Length == 0)
                .Select(entry => new Evidence(shadow.Path, entry.Line, $"account {entry.Name} has an empty password field", "a password hash, or a locked field (! or *)")))
            .ToList();
        return AccountVerdict.Of(
            failures,
            count => count == 1 ? "1 password field is empty: that account needs no password" : $"{count} password fields are empty: those accounts need no password",
            shadow.Missing ? "no account has an empty password field (there is no /etc/shadow)" : "no account has an empty password field",
            passwd.BadLines,
            shadow.BadLines);
    }
}
