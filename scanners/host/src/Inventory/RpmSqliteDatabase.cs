using Microsoft.Data.Sqlite;

namespace Bulwark.Scanners.Host.Inventory;

/// <summary>
/// The SQLite rpmdb (<c>rpmdb.sqlite</c>, RHEL 9, Fedora 33 and later): table <c>Packages</c>, one RPM header per row
/// in column <c>blob</c>. The database and its write-ahead log are copied to a temporary directory first, so the
/// audited system is never written to (SQLite would create <c>-shm</c> files beside it) and committed transactions still
/// in the log are seen.
/// </summary>
internal static class RpmSqliteDatabase
{
    /// <summary>The installed package names in the database at host path <paramref name="hostPath"/>, or null with <paramref name="problem"/>.</summary>
    public static HashSet<string>? Names(string hostPath, out string? problem)
    {
        problem = null;
        var scratch = Path.Combine(Path.GetTempPath(), "bulwark-rpmdb-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(scratch);
            var copy = Path.Combine(scratch, "rpmdb.sqlite");
            File.Copy(hostPath, copy);
            if (File.Exists(hostPath + "-wal"))
            {
                File.Copy(hostPath + "-wal", copy + "-wal");
            }

            return Read(copy, ref problem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            problem = $"cannot read the RPM database: {e.Message}";
            return null;
        }
        finally
        {
            try
            {
                Directory.Delete(scratch, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A leftover copy in the temporary directory is not worth failing the inventory for.
            }
        }
    }

    private static HashSet<string> Read(string database, ref string? problem)
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        using var sqlite = new SqliteConnection(connection.ToString());
        sqlite.Open();
        using var query = sqlite.CreateCommand();
        query.CommandText = "SELECT blob FROM Packages";
        using var rows = query.ExecuteReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var bad = 0;
        string? firstBad = null;
        while (rows.Read())
        {
            if (rows.IsDBNull(0))
            {
                continue;
            }

            var blob = (byte[])rows.GetValue(0);
            if (RpmHeader.Name(blob, out var why) is { } name)
            {
                names.Add(name);
            }
            else
            {
                bad++;
                firstBad ??= why;
            }
        }

        if (bad > 0)
        {
            problem = $"{bad} package header(s) could not be read (first: {firstBad})";
        }

        return names;
    }
}
