using Bulwark.Scanners.Host.Model;
using Bulwark.Scanners.Host.Passwords;

namespace Bulwark.Scanners.Host.Accounts;

/// <summary>
/// <c>default-password</c>: every unlocked /etc/shadow hash is tried against the default and well-known passwords
/// (and the account's own name, and the empty password) with the system's libcrypt. Nothing it reports holds a
/// hash or a password: only account names and lines.
/// </summary>
internal static class DefaultPasswordCheck
{
    /// <summary>Tries every unlocked account of <paramref name="shadow"/> against the list, all accounts and candidates in parallel.</summary>
    internal static CheckOutcome Evaluate(AccountFile<ShadowEntry> shadow, IReadOnlyList<string> extraPasswordFiles)
    {
        if (shadow.Missing)
        {
            return CheckOutcome.NotApplicable($"there is no {shadow.Path}, so there are no password hashes to test");
        }

        if (shadow.Problem is not null)
        {
            return AccountVerdict.Unreadable(shadow);
        }

        if (Crypt.Unavailable is { } unavailable)
        {
            return CheckOutcome.Errored($"password hashes could not be tested: {unavailable}");
        }

        var list = DefaultPasswords.Read(extraPasswordFiles);
        var accounts = shadow.Entries.Where(entry => entry.Hash.Length > 0 && !entry.IsLocked).Select(entry => new PasswordTrial(entry)).ToList();
        var attempts = accounts.SelectMany(account => Candidates(account.Entry, list.Passwords).Select(password => (account, password)));
        Parallel.ForEach(attempts, attempt => attempt.account.Try(attempt.password));

        var failures = accounts
            .Where(account => account.Verdict == CryptVerdict.Match)
            .Select(account => new Evidence(
                shadow.Path,
                account.Entry.Line,
                $"account {account.Entry.Name} has a default or well-known password",
                "a password not on the default list, or a locked account"))
            .ToList();
        if (failures.Count > 0)
        {
            return CheckOutcome.Failed($"{AccountVerdict.Plural(failures.Count, "account")} can be logged into with a default or well-known password", [.. failures]);
        }

        var untested = accounts
            .Where(account => account.Verdict == CryptVerdict.Unsupported)
            .Select(account => new Evidence(shadow.Path, account.Entry.Line, $"account {account.Entry.Name} has a hash this system's libcrypt does not accept", "a hash libcrypt can verify"))
            .Concat(shadow.BadLines)
            .ToList();
        if (list.Problems.Count > 0 || untested.Count > 0)
        {
            var why = string.Join("; ", list.Problems.Append(untested.Count > 0 ? $"{untested.Count} shadow entries could not be tested" : null).OfType<string>());
            return CheckOutcome.Errored($"no default password was found, but the test is incomplete: {why}", [.. untested]);
        }

        return CheckOutcome.Passed($"none of the {AccountVerdict.Plural(accounts.Count, "unlocked account")} accepts any of {list.Passwords.Count} default or well-known passwords");
    }

    private static IEnumerable<string> Candidates(ShadowEntry entry, IReadOnlyList<string> passwords) =>
        passwords.Prepend(entry.Name).Prepend(string.Empty).Distinct(StringComparer.Ordinal);
}
