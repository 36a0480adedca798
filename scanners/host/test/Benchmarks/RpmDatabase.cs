using System.Buffers.Binary;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Bulwark.Scanners.Host.Tests.Benchmarks;

/// <summary>Writes an rpmdb.sqlite holding packages by name only (a header per package with tag 1000, NAME), as RPM 4.16+ keeps it.</summary>
internal static class RpmDatabase
{
    /// <summary>Creates <paramref name="path"/> with one package per name.</summary>
    public static void Write(string path, IReadOnlyList<string> names)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE Packages (hnum INTEGER PRIMARY KEY AUTOINCREMENT, blob BLOB NOT NULL)";
            create.ExecuteNonQuery();
        }

        foreach (var name in names)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO Packages (blob) VALUES ($blob)";
            insert.Parameters.AddWithValue("$blob", Header(name));
            insert.ExecuteNonQuery();
        }
    }

    // il=1, dl=len(name)+1, one index entry (tag 1000, type 6 STRING, offset 0, count 1), then the NUL-terminated name.
    private static byte[] Header(string name)
    {
        var data = Encoding.UTF8.GetBytes(name + "\0");
        var blob = new byte[8 + 16 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(blob.AsSpan(0), 1);
        BinaryPrimitives.WriteInt32BigEndian(blob.AsSpan(4), data.Length);
        BinaryPrimitives.WriteInt32BigEndian(blob.AsSpan(8), 1000);
        BinaryPrimitives.WriteInt32BigEndian(blob.AsSpan(12), 6);
        BinaryPrimitives.WriteInt32BigEndian(blob.AsSpan(16), 0);
        BinaryPrimitives.WriteInt32BigEndian(blob.AsSpan(20), 1);
        data.CopyTo(blob, 24);
        return blob;
    }
}
