using Microsoft.Data.Sqlite;

namespace Bulwark.Scanners.Packages.Extractors.Os;

/// <summary>
/// Reads the header blobs out of rpm's SQLite database (<c>Packages(hnum, blob)</c>). SQLite reads files, not
/// memory, so the bytes are written to a private temporary folder that is always deleted afterwards, with the
/// -wal and -shm files SQLite makes there for a database left in WAL mode. The image's own -wal file is not
/// read: rpm checkpoints it into the database when it closes it.
/// </summary>
internal static class RpmSqliteDatabase
{
    private static readonly byte[] Magic = "SQLite format 3\0"u8.ToArray();

    /// <summary>The rows of the Packages table, in hnum order; null with <paramref name="error"/> when they cannot be read.</summary>
    public static List<(long Hnum, byte[]? Blob)>? Headers(ReadOnlySpan<byte> bytes, out string? error)
    {
        error = null;
        if (bytes.Length < 100 || !bytes[..Magic.Length].SequenceEqual(Magic))
        {
            error = "this is not a SQLite database (it does not start with the SQLite header), so no rpm packages were read.";
            return null;
        }

        DirectoryInfo? folder = null;
        try
        {
            folder = Directory.CreateTempSubdirectory("bulwark-rpmdb-");
            var path = Path.Combine(folder.FullName, "rpmdb.sqlite");
            File.WriteAllBytes(path, bytes);
            return Read(path);
        }
        catch (SqliteException e)
        {
            error = $"SQLite could not read the Packages table ({e.Message}), so no rpm packages were read.";
            return null;
        }
        catch (IOException e)
        {
            error = $"the database could not be copied to a temporary file to open it ({e.Message}), so no rpm packages were read.";
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            error = $"the database could not be copied to a temporary file to open it ({e.Message}), so no rpm packages were read.";
            return null;
        }
        finally
        {
            Remove(folder);
        }
    }

    private static List<(long, byte[]?)> Read(string path)
    {
        var rows = new List<(long, byte[]?)>();
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT hnum, blob FROM Packages ORDER BY hnum";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var hnum = reader.IsDBNull(0) ? 0 : reader.GetInt64(0);
            rows.Add((hnum, reader.IsDBNull(1) ? null : reader.GetFieldValue<byte[]>(1)));
        }

        return rows;
    }

    private static void Remove(DirectoryInfo? folder)
    {
        if (folder is null)
        {
            return;
        }

        // Deleting is best effort: a temp folder left behind is not a reason to lose the scan's results.
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
