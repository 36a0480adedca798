using Bulwark.Server.Store.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Bulwark.Server.Store.Schema;

/// <summary>
/// Brings a database to the current schema at start: creates it when empty, then applies the numbered steps it has not
/// seen, each recorded in <c>schema_version</c>. Several servers starting at once on one PostgreSQL database are
/// serialised by an advisory lock, so each step runs once.
/// </summary>
internal static class SchemaMigrator
{
    /// <summary>The version a new database is created at; steps after it upgrade older databases.</summary>
    public const int Current = 1;

    // Steps from version N-1 to N, as SQL per provider, for databases created before N. None yet: version 1 is the first.
    private static readonly IReadOnlyList<(int Version, string Sqlite, string Postgres)> Steps = [];

    // An arbitrary, fixed key for pg_advisory_lock: "bulwark\0" as a number.
    private const long LockKey = 0x62756c7761726b00;

    /// <param name="store">The database to bring up to date.</param>
    /// <param name="whileLocked">Run after the schema is current and before other servers may start theirs (one-time set-up).</param>
    /// <param name="cancellationToken">Stops the work between steps.</param>
    public static async Task MigrateAsync(StoreContext store, Func<Task>? whileLocked, CancellationToken cancellationToken)
    {
        var postgres = store.Database.IsNpgsql();
        var creator = store.Database.GetService<IRelationalDatabaseCreator>();
        await CreateDatabaseAsync(creator, cancellationToken);
        if (postgres)
        {
            await store.Database.OpenConnectionAsync(cancellationToken);
            await store.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({LockKey})", cancellationToken);
        }

        try
        {
            if (!await HasTablesAsync(store, postgres, cancellationToken))
            {
                await creator.CreateTablesAsync(cancellationToken);
                store.SchemaVersions.Add(new SchemaVersion { Version = Current, AppliedAt = DateTimeOffset.UtcNow });
                await store.SaveChangesAsync(cancellationToken);
            }
            else
            {
                var applied = await store.SchemaVersions.Select(v => v.Version).ToListAsync(cancellationToken);
                foreach (var (version, sqlite, postgresSql) in Steps.Where(s => !applied.Contains(s.Version)).OrderBy(s => s.Version))
                {
                    await store.Database.ExecuteSqlRawAsync(postgres ? postgresSql : sqlite, cancellationToken);
                    store.SchemaVersions.Add(new SchemaVersion { Version = version, AppliedAt = DateTimeOffset.UtcNow });
                    await store.SaveChangesAsync(cancellationToken);
                }
            }

            if (whileLocked is not null)
            {
                await whileLocked();
            }
        }
        finally
        {
            if (postgres)
            {
                await store.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
                await store.Database.CloseConnectionAsync();
            }
        }
    }

    // Before the lock (there is nothing to lock in before the database exists): another server may create it first.
    private static async Task CreateDatabaseAsync(IRelationalDatabaseCreator creator, CancellationToken cancellationToken)
    {
        for (var attempt = 1; !await creator.ExistsAsync(cancellationToken); attempt++)
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
                return;
            }
            catch (Npgsql.PostgresException exception) when (exception.SqlState is Npgsql.PostgresErrorCodes.DuplicateDatabase or Npgsql.PostgresErrorCodes.UniqueViolation)
            {
                return; // created by the other server in the meantime: what was wanted
            }
            catch (Npgsql.PostgresException exception) when (exception.SqlState == Npgsql.PostgresErrorCodes.ObjectInUse && attempt < 20)
            {
                // Two CREATE DATABASE at once: the second finds the template in use; wait for the first to finish.
                await Task.Delay(100 * attempt, cancellationToken);
            }
        }
    }

    // Asked of the catalogue, not by querying the table: a failing query would be logged as an error at every first start.
    private static async Task<bool> HasTablesAsync(StoreContext store, bool postgres, CancellationToken cancellationToken)
    {
        var sql = postgres
            ? "SELECT count(*) AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_version'"
            : "SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'";
        return await store.Database.SqlQueryRaw<int>(sql).SingleAsync(cancellationToken) > 0;
    }
}
