using Microsoft.Data.Sqlite;

namespace Bulwark.Scanners.Packages.Tests.Extractors.Os;

/// <summary>Writes an rpmdb.sqlite with rpm's Packages(hnum, blob) table holding the given blobs, and returns its bytes.</summary>
internal static class RpmDatabaseBuilder
{
    public static byte[] Create(IEnumerable<byte[]?> blobs, bool wal = false, string table = "Packages")
    {
        var folder = Directory.CreateTempSubdirectory("bulwark-test-rpmdb-");
        try
        {
            var path = Path.Combine(folder.FullName, "rpmdb.sqlite");
            using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
            {
                connection.Open();
                Execute(connection, wal ? "PRAGMA journal_mode=WAL" : "PRAGMA journal_mode=DELETE");
                Execute(connection, $"CREATE TABLE '{table}' (hnum INTEGER PRIMARY KEY AUTOINCREMENT, blob BLOB)");
                Execute(connection, "CREATE TABLE 'Name' (key TEXT NOT NULL, hnum INTEGER NOT NULL, idx INTEGER NOT NULL)");
                foreach (var blob in blobs)
                {
                    using var insert = connection.CreateCommand();
                    insert.CommandText = $"INSERT INTO '{table}' (blob) VALUES ($blob)";
                    insert.Parameters.AddWithValue("$blob", (object?)blob ?? DBNull.Value);
                    insert.ExecuteNonQuery();
                }
            }

            return File.ReadAllBytes(path);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
