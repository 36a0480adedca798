using Bulwark.Scanners.Host.Files;
using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Accounts;

/// <summary>
/// The <c>accounts:</c> checks of the benchmark language, judged from the audited system's /etc/passwd,
/// /etc/shadow and /etc/group. Evidence names the file and line; it never holds a password hash or a password.
/// </summary>
public static class AccountChecks
{
    /// <summary>The kinds <see cref="Evaluate"/> knows, for messages and benchmark validation.</summary>
    public static IReadOnlyList<string> Kinds { get; } =
        ["empty-password", "uid-zero", "default-password", "duplicate-uid", "duplicate-name", "no-shell-system"];

    /// <summary>
    /// Judges one kind: <c>empty-password</c>, <c>uid-zero</c>, <c>default-password</c> (shadow hashes tried
    /// against the shipped list and <paramref name="extraPasswordFiles"/>), <c>duplicate-uid</c> (uids
    /// of /etc/passwd and gids of /etc/group), <c>duplicate-name</c>, <c>no-shell-system</c>. Never throws: an unknown kind or an
    /// unreadable file is an error outcome that says why.
    /// </summary>
    public static CheckOutcome Evaluate(IHostFiles files, string kind, IReadOnlyList<string> extraPasswordFiles)
    {
        if (!Kinds.Contains(kind))
        {
            return CheckOutcome.Errored($"unknown accounts check '{kind}': expected one of {string.Join(", ", Kinds)}");
        }

        if (kind == "default-password")
        {
            return DefaultPasswordCheck.Evaluate(AccountFiles.ReadShadow(files), extraPasswordFiles);
        }

        var passwd = AccountFiles.ReadPasswd(files);
        if (passwd.Missing)
        {
            return CheckOutcome.NotApplicable($"there is no {passwd.Path}, so there are no local accounts to check");
        }

        if (passwd.Problem is not null)
        {
            return AccountVerdict.Unreadable(passwd);
        }

        return kind switch
        {
            "empty-password" => EmptyPasswordCheck.Evaluate(passwd, AccountFiles.ReadShadow(files)),
            "uid-zero" => IdentityChecks.UidZero(passwd),
            "duplicate-uid" => WithGroups(passwd, AccountFiles.ReadGroup(files), IdentityChecks.DuplicateIds),
            "duplicate-name" => WithGroups(passwd, AccountFiles.ReadGroup(files), IdentityChecks.DuplicateName),
            _ => SystemShellCheck.Evaluate(files, passwd),
        };
    }

    // A missing /etc/group leaves only the passwd half of the check; an unreadable one leaves it undecided.
    private static CheckOutcome WithGroups(
        AccountFile<PasswdEntry> passwd,
        AccountFile<GroupEntry> groups,
        Func<AccountFile<PasswdEntry>, AccountFile<GroupEntry>, CheckOutcome> check) =>
        groups.Problem is not null ? AccountVerdict.Unreadable(groups) : check(passwd, groups);
}
