using Bulwark.Sdk;

namespace Bulwark.Scanners.Integrity.Changes;

/// <summary>Every kind of change a check reports, sorted by id; each is a rule (<c>integrity/&lt;id&gt;</c>) whose severity config can override.</summary>
internal static class ChangeKinds
{
    public const string Added = "added";
    public const string AuthorizedKeyAdded = "new-authorized-key";
    public const string AuthorizedKeyRemoved = "removed-authorized-key";
    public const string CronJobAdded = "new-cron-job";
    public const string CronJobRemoved = "removed-cron-job";
    public const string GroupMemberAdded = "new-group-member";
    public const string LogRewritten = "log-rewritten";
    public const string LogRotated = "log-rotated";
    public const string LogShrunk = "log-shrunk";
    public const string Modified = "modified";
    public const string Owner = "owner";
    public const string PackageChanged = "package-changed";
    public const string PackageInstalled = "package-installed";
    public const string PackageRemoved = "package-removed";
    public const string PasswordChanged = "password-changed";
    public const string Permissions = "permissions";
    public const string Removed = "removed";
    public const string ServiceAdded = "new-service";
    public const string SgidAdded = "new-sgid";
    public const string SuidAdded = "new-suid";
    public const string TypeChanged = "type-changed";
    public const string UidChanged = "uid-changed";
    public const string UserAdded = "new-user";
    public const string UserRemoved = "removed-user";

    public static IReadOnlyList<ChangeKind> All { get; } =
    [
        new(Added, Severity.Low, "File added", "A file appeared under a watched path.", "Confirm the new file was installed on purpose, then accept it with `bulwark fim update --reason`."),
        new(Removed, Severity.Medium, "File removed", "A watched file is gone.", "Find out what removed it; restore it from a package or backup if it was not meant to go."),
        new(Modified, Severity.Medium, "File modified", "A watched file's content or attributes changed (the details name each attribute with its old and new value).", "Review the change; if it was intended, accept it with `bulwark fim update --reason`."),
        new(Permissions, Severity.Medium, "Permissions changed", "A watched file's mode, ACL or extended attributes changed.", "Restore the permissions the file had unless the change was intended."),
        new(Owner, Severity.Medium, "Owner changed", "A watched file's owning user or group changed.", "Restore the owner unless the change was intended."),
        new(TypeChanged, Severity.High, "File type changed", "A watched path is now a different kind of file (a file became a symbolic link, a directory a file).", "A file replaced by a link is a common way to redirect a program: find out who did it."),
        new(LogShrunk, Severity.High, "Log shrunk", "A log file is smaller than at the baseline without having been rotated: lines were removed, which is how intruders cover their tracks.", "Preserve the file and the host's other logs, and investigate who truncated it."),
        new(LogRewritten, Severity.High, "Log rewritten", "A log file's earlier content changed: log files only grow, so someone edited lines that were already written.", "Preserve the file and compare it with the copy shipped off the host; investigate who edited it."),
        new(LogRotated, Severity.Info, "Log rotated", "A log file started afresh and its earlier content now lives under another name, as log rotation does.", "Nothing to do if log rotation is configured for this file."),
        new(SuidAdded, Severity.High, "New set-user-id program", "A file gained the set-user-id bit, or appeared with it: it runs with its owner's rights, often root's.", "Remove the bit (chmod u-s) unless the program must have it; a new setuid root shell is a classic backdoor."),
        new(SgidAdded, Severity.High, "New set-group-id program", "A file gained the set-group-id bit, or appeared with it: it runs with its group's rights.", "Remove the bit (chmod g-s) unless the program must have it."),
        new(ServiceAdded, Severity.High, "New service", "A systemd unit or init script was added or enabled: something new will run at boot or on a trigger.", "Check what the unit runs and who installed it; disable and remove it if it is not yours."),
        new(UserAdded, Severity.High, "New account", "An account appeared in the password or shadow file.", "Confirm the account was created on purpose; accounts should come from the directory, not be added on the host."),
        new(UserRemoved, Severity.Medium, "Account removed", "An account disappeared from the password or shadow file.", "Confirm the removal was intended."),
        new(UidChanged, Severity.High, "Account's user id changed", "An account's numeric user id changed; a change to 0 gives it root's rights.", "Restore the original uid; investigate any account moved to uid 0."),
        new(PasswordChanged, Severity.Low, "Password changed", "An account's password hash changed (only a digest of the hash is kept, never the hash itself).", "Confirm the owner of the account changed it."),
        new(GroupMemberAdded, Severity.Medium, "New group member", "A user was added to a group; for sudo, wheel, adm, root, shadow or docker this grants privilege.", "Confirm the membership was granted on purpose."),
        new(AuthorizedKeyAdded, Severity.High, "New SSH authorized key", "A key was added to an authorized_keys file: whoever holds it can log in as that account.", "Remove the key unless its owner is known and the access approved."),
        new(AuthorizedKeyRemoved, Severity.Low, "SSH authorized key removed", "A key was removed from an authorized_keys file.", "Confirm the access was meant to be revoked."),
        new(PackageInstalled, Severity.Info, "Package installed", "A package appeared in the package database.", "Confirm the installation was planned."),
        new(PackageRemoved, Severity.Low, "Package removed", "A package disappeared from the package database.", "Confirm the removal was planned."),
        new(PackageChanged, Severity.Info, "Package version changed", "An installed package's version changed (an upgrade or a downgrade).", "A downgrade can reintroduce a fixed vulnerability: confirm it was planned."),
        new(CronJobAdded, Severity.High, "New scheduled job", "A cron job was added: a command that will run on a schedule, a common way to persist.", "Check what the job runs and who added it; remove it if it is not yours."),
        new(CronJobRemoved, Severity.Low, "Scheduled job removed", "A cron job was removed.", "Confirm the removal was intended."),
    ];

    public static ChangeKind Get(string id) => All.First(k => k.Id == id);
}
