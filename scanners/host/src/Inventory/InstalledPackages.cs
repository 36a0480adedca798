using Bulwark.Scanners.Host.Files;

namespace Bulwark.Scanners.Host.Inventory;

/// <summary>
/// Which packages the audited system has installed, from its own package database: dpkg's status file, or else the
/// SQLite rpmdb. The older Berkeley DB rpmdb (RHEL 8 and earlier: /var/lib/rpm/Packages) and SUSE's ndb cannot be
/// read; the inventory then says so in <see cref="PackageInventory.Problem"/> and has no names.
/// </summary>
public static class InstalledPackages
{
    private static readonly string[] RpmSqlitePaths = ["/var/lib/rpm/rpmdb.sqlite", "/usr/lib/sysimage/rpm/rpmdb.sqlite"];

    private static readonly string[] RpmUnreadablePaths =
        ["/var/lib/rpm/Packages", "/usr/lib/sysimage/rpm/Packages", "/var/lib/rpm/Packages.db", "/usr/lib/sysimage/rpm/Packages.db"];

    /// <summary>Reads the inventory from <paramref name="files"/>; never throws.</summary>
    public static PackageInventory Read(IHostFiles files)
    {
        var dpkg = files.ReadText(DpkgStatus.Path);
        if (dpkg.Text is { } status)
        {
            return new PackageInventory(DpkgStatus.InstalledNames(status), DpkgStatus.Path, null);
        }

        if (!dpkg.Missing)
        {
            return Empty($"{DpkgStatus.Path} cannot be read: {dpkg.Problem}");
        }

        foreach (var path in RpmSqlitePaths)
        {
            if (files.Stat(path) is null)
            {
                continue;
            }

            if (files is not RootedHostFiles rooted || rooted.HostPathOf(path) is not { } host)
            {
                return Empty($"{path} exists but cannot be opened as a database through this view of the files");
            }

            var names = RpmSqliteDatabase.Names(host, out var problem);
            return names is null ? Empty($"{path}: {problem}") : new PackageInventory(names, path, problem);
        }

        if (RpmUnreadablePaths.FirstOrDefault(p => files.Stat(p) is not null) is { } old)
        {
            return Empty($"{old} is a Berkeley DB or ndb RPM database, which Bulwark cannot read (only the SQLite rpmdb of RHEL 9 and later); package checks cannot be decided");
        }

        return Empty($"no package database found ({DpkgStatus.Path}, {string.Join(", ", RpmSqlitePaths)})");
    }

    private static PackageInventory Empty(string problem) => new(new HashSet<string>(StringComparer.Ordinal), null, problem);
}
