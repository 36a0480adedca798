using System.Globalization;
using System.Text.Json;
using Bulwark.Scanners.Packages.Matching;
using Bulwark.Scanners.Packages.Osv;
using Microsoft.Data.Sqlite;

namespace Bulwark.Scanners.Packages.Database;

/// <summary>
/// Writes advisories into a database file: one transaction per import, prepared statements, the journal off
/// while a new file is filled (it is renamed into place only when complete, so a failed import leaves the old
/// database as it was). An advisory already present is replaced when the new one is at least as recent.
/// </summary>
public sealed class DatabaseWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _findAdvisory;
    private readonly SqliteCommand _insertAdvisory;
    private readonly SqliteCommand _replaceAdvisory;
    private readonly SqliteCommand _deleteAffected;
    private readonly SqliteCommand _insertAffected;
    private readonly string _finalPath;
    private readonly string _workPath;
    private bool _committed;

    private DatabaseWriter(string finalPath, string workPath, bool fresh)
    {
        _finalPath = finalPath;
        _workPath = workPath;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = workPath, Pooling = false }.ToString());
        _connection.Open();
        Execute(fresh ? "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" : "PRAGMA journal_mode = DELETE; PRAGMA synchronous = NORMAL;");
        Execute("PRAGMA page_size = 8192; PRAGMA cache_size = -65536;");
        Execute(DatabaseSchema.Create);
        _transaction = _connection.BeginTransaction();
        _findAdvisory = Command("SELECT rowid, modified FROM advisory WHERE id = $id", "$id");
        _insertAdvisory = Command("INSERT INTO advisory (id, modified, body) VALUES ($id, $modified, $body) RETURNING rowid", "$id", "$modified", "$body");
        _replaceAdvisory = Command("UPDATE advisory SET modified = $modified, body = $body WHERE rowid = $rowid", "$modified", "$body", "$rowid");
        _deleteAffected = Command("DELETE FROM affected WHERE advisory = $rowid", "$rowid");
        _insertAffected = Command("INSERT INTO affected (ecosystem, name, advisory, body) VALUES ($ecosystem, $name, $advisory, $body)", "$ecosystem", "$name", "$advisory", "$body");
    }

    /// <summary>Advisories written so far (new or replaced).</summary>
    public long Written { get; private set; }

    /// <summary>Advisories skipped because the stored one is newer.</summary>
    public long Older { get; private set; }

    /// <summary>Starts a new database that replaces <paramref name="path"/> when committed.</summary>
    public static DatabaseWriter CreateNew(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var work = path + ".new";
        File.Delete(work);
        return new DatabaseWriter(path, work, fresh: true);
    }

    /// <summary>Adds to (or starts) the database at <paramref name="path"/>, in place.</summary>
    public static DatabaseWriter Open(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return new DatabaseWriter(path, path, fresh: false);
    }

    /// <summary>Stores one advisory (withdrawn ones too: they replace an older live version, and matching skips them).</summary>
    public void Add(OsvAdvisory advisory)
    {
        _findAdvisory.Parameters[0].Value = advisory.Id;
        long rowid;
        using (var reader = _findAdvisory.ExecuteReader())
        {
            rowid = reader.Read() ? reader.GetInt64(0) : -1;
            if (rowid >= 0 && IsNewer(reader.GetString(1), advisory.Modified))
            {
                Older++;
                return;
            }
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(advisory with { Affected = [] }, StoredJson.Default.OsvAdvisory);
        if (rowid < 0)
        {
            _insertAdvisory.Parameters[0].Value = advisory.Id;
            _insertAdvisory.Parameters[1].Value = advisory.Modified;
            _insertAdvisory.Parameters[2].Value = body;
            rowid = (long)_insertAdvisory.ExecuteScalar()!;
        }
        else
        {
            _replaceAdvisory.Parameters[0].Value = advisory.Modified;
            _replaceAdvisory.Parameters[1].Value = body;
            _replaceAdvisory.Parameters[2].Value = rowid;
            _replaceAdvisory.ExecuteNonQuery();
            _deleteAffected.Parameters[0].Value = rowid;
            _deleteAffected.ExecuteNonQuery();
        }

        foreach (var affected in advisory.Affected)
        {
            _insertAffected.Parameters[0].Value = affected.Ecosystem;
            _insertAffected.Parameters[1].Value = PackageNames.Normalise(affected.Ecosystem, affected.Name);
            _insertAffected.Parameters[2].Value = rowid;
            _insertAffected.Parameters[3].Value = JsonSerializer.SerializeToUtf8Bytes(affected, StoredJson.Default.OsvAffected);
            _insertAffected.ExecuteNonQuery();
        }

        Written++;
    }

    /// <summary>
    /// Records that the database at <paramref name="path"/> was found current at <paramref name="checkedAt"/> (every
    /// export unchanged upstream), so its age counts from then; nothing else is rewritten.
    /// </summary>
    public static void MarkCurrent(string path, DateTimeOffset checkedAt)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE meta SET value = $value WHERE key = 'built_at'";
        command.Parameters.AddWithValue("$value", checkedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    /// <summary>Builds the indexes, records where the advisories came from, and puts the file in place.</summary>
    public void Commit(string source, DateTimeOffset builtAt)
    {
        SetMeta("schema", DatabaseSchema.Version.ToString(CultureInfo.InvariantCulture));
        SetMeta("built_at", builtAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        SetMeta("source", source);
        Execute(DatabaseSchema.Indexes);
        SetMeta("advisories", Scalar("SELECT count(*) FROM advisory"));
        SetMeta("ecosystems", Scalar("SELECT coalesce(json_group_object(e, n), '{}') FROM (SELECT CASE WHEN instr(ecosystem, ':') > 0 THEN substr(ecosystem, 1, instr(ecosystem, ':') - 1) ELSE ecosystem END AS e, count(*) AS n FROM affected GROUP BY e)"));
        _transaction.Commit();
        Execute("ANALYZE;");
        _committed = true;
        _connection.Close();
        SqliteConnection.ClearPool(_connection);
        if (_workPath != _finalPath)
        {
            File.Move(_workPath, _finalPath, overwrite: true);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var command in new[] { _findAdvisory, _insertAdvisory, _replaceAdvisory, _deleteAffected, _insertAffected })
        {
            command.Dispose();
        }

        if (!_committed)
        {
            _transaction.Rollback();
        }

        _transaction.Dispose();
        _connection.Dispose();
        if (!_committed && _workPath != _finalPath)
        {
            File.Delete(_workPath);
        }
    }

    // RFC 3339 texts compare as instants: "…18.5Z" is later than "…18Z" although it sorts before it as text, and
    // offsets other than Z occur. Text order is the fallback for a value that is not a timestamp.
    private static bool IsNewer(string stored, string incoming)
    {
        const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        return DateTimeOffset.TryParse(stored, CultureInfo.InvariantCulture, Styles, out var storedAt)
            && DateTimeOffset.TryParse(incoming, CultureInfo.InvariantCulture, Styles, out var incomingAt)
                ? storedAt > incomingAt
                : string.CompareOrdinal(stored, incoming) > 0;
    }

    private void SetMeta(string key, string value)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = "INSERT INTO meta (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery();
    }

    private string Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
