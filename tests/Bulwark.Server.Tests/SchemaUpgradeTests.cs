using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Tests;

/// <summary>A database made by an older server is brought up to date at start, on either database.</summary>
public sealed class SchemaUpgradeTests
{
    [Fact]
    public Task A_version_1_sqlite_database_gets_the_ui_sessions_table() => UpgradeFromVersion1(database: null);

    [PostgresFact]
    public Task A_version_1_postgresql_database_gets_the_ui_sessions_table() => UpgradeFromVersion1(Postgres.NewDatabase());

    [Fact]
    public Task A_version_2_sqlite_database_keeps_its_sessions_and_takes_directory_users_sessions() => UpgradeFromVersion2(database: null);

    [PostgresFact]
    public Task A_version_2_postgresql_database_keeps_its_sessions_and_takes_directory_users_sessions() => UpgradeFromVersion2(Postgres.NewDatabase());

    // api_tokens as it was before step 5 gave tokens owners, and no change requests before step 6.
    private const string TokensBeforeOwners =
        "ALTER TABLE \"api_tokens\" DROP COLUMN \"OwnerPerson\"; ALTER TABLE \"api_tokens\" DROP COLUMN \"OwnerName\"; "
        + "ALTER TABLE \"api_tokens\" DROP COLUMN \"Roles\"; ALTER TABLE \"api_tokens\" DROP COLUMN \"LastUsedAt\"; "
        + "DROP TABLE \"change_approvals\"; DROP TABLE \"change_requests\";";

    // Every version from the one a database was made at to the current one.
    private static List<int> Since(int version) => [.. Enumerable.Range(version, Store.Schema.SchemaMigrator.Current - version + 1)];

    [Fact]
    public Task A_version_3_sqlite_database_gets_the_tracker_tables_as_a_new_one_has_them() => UpgradeFromVersion3(database: null);

    [PostgresFact]
    public Task A_version_3_postgresql_database_gets_the_tracker_tables_as_a_new_one_has_them() => UpgradeFromVersion3(Postgres.NewDatabase());

    // What a server before version 4 did not have.
    private const string DropTrackerTables = "DROP TABLE \"tracker_deliveries\"; DROP TABLE \"tracker_links\";";

    private static async Task UpgradeFromVersion3(string? database)
    {
        string directory;
        List<string> fresh;
        await using (var old = await RunningServer.StartAsync(database: database, keep: true))
        {
            directory = old.DataDirectory;
            await old.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "high")));
            await using var store = old.OpenStore();
            fresh = await TrackerSchemaAsync(store);
            await store.Database.ExecuteSqlRawAsync($"{DropTrackerTables} UPDATE \"schema_version\" SET \"Version\" = 3;" + TokensBeforeOwners + SessionsBeforePersons);
        }

        await using (var fake = await Trackers.FakeTrackers.StartAsync())
        await using (var upgraded = await RunningServer.StartAsync(directory, database, trackers: Trackers.TrackerSetup.Config(fake, Trackers.TrackerSetup.Jira(fake, 3))))
        {
            await upgraded.RunTrackersAsync();
            await using var store = upgraded.OpenStore();
            Assert.Equal(Since(3), await store.SchemaVersions.OrderBy(v => v.Version).Select(v => v.Version).ToListAsync());
            Assert.Equal(fresh, await TrackerSchemaAsync(store));
            Assert.Single(fake.JiraIssues);
            Assert.Equal(1, await store.TrackerLinks.CountAsync());
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    // The tracker tables' columns, indexes and foreign keys as the database describes them.
    private static Task<List<string>> TrackerSchemaAsync(Store.StoreContext store) => store.Database.SqlQueryRaw<string>(store.Database.IsNpgsql()
        ? """
          SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') || ' ' || coalesce(is_identity, '') AS "Value"
            FROM information_schema.columns WHERE table_schema = current_schema() AND table_name LIKE 'tracker%'
          UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename LIKE 'tracker%'
          UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid::regclass::text LIKE 'tracker%'
          """
        : """
          SELECT m.name || '.' || p.name || ' ' || p.type || ' ' || p."notnull" || ' ' || p.pk AS "Value" FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name LIKE 'tracker%'
          UNION ALL SELECT m.name || ' ' || i.name || ' ' || i."unique" || ' ' || (SELECT group_concat(c.name) FROM pragma_index_info(i.name) c) FROM sqlite_master m, pragma_index_list(m.name) i WHERE m.type = 'table' AND m.name LIKE 'tracker%'
          UNION ALL SELECT m.name || ' ' || f."from" || ' ' || f."table" || ' ' || f.on_delete FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND m.name LIKE 'tracker%'
          UNION ALL SELECT name || ' autoincrement ' || (instr(sql, 'AUTOINCREMENT') > 0) FROM sqlite_master WHERE type = 'table' AND name LIKE 'tracker%'

          """).OrderBy(x => x).ToListAsync();

    // ui_sessions as it was before step 5 kept the person of a session.
    private const string SessionsBeforePersons = "ALTER TABLE \"ui_sessions\" DROP COLUMN \"Person\";";

    private static async Task UpgradeFromVersion1(string? database)
    {
        string directory;
        string token;
        await using (var old = await RunningServer.StartAsync(database: database, keep: true))
        {
            (directory, token) = (old.DataDirectory, old.Token!);
            await old.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "high")));
            // What a version 1 server left: no sessions table, version 1 recorded.
            await using var store = old.OpenStore();
            await store.Database.ExecuteSqlRawAsync($"DROP TABLE \"ui_sessions\"; {DropTrackerTables} UPDATE \"schema_version\" SET \"Version\" = 1;" + TokensBeforeOwners);
        }

        await using (var upgraded = await RunningServer.StartAsync(directory, database))
        {
            using var browser = await UiClient.SignedInAsync(upgraded, token);
            Assert.Contains("Finding a", await browser.PageAsync("/ui/findings"));
            await using var store = upgraded.OpenStore();
            Assert.Equal(Since(1), await store.SchemaVersions.OrderBy(v => v.Version).Select(v => v.Version).ToListAsync());
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private static async Task UpgradeFromVersion2(string? database)
    {
        string directory;
        System.Net.CookieCollection cookies;
        await using (var old = await RunningServer.StartAsync(database: database, keep: true))
        {
            directory = old.DataDirectory;
            await old.UploadAsync("api", Reports.Of(["iac"], ("a", "iac", "high")));
            using (var browser = await UiClient.SignedInAsync(old, old.Token!))
            {
                cookies = browser.Cookies.GetAllCookies();
            }

            // What a version 2 server left: the sessions table as step 2 made it, holding the session just opened.
            await using var store = old.OpenStore();
            var postgres = database is not null;
            var sql = "CREATE TABLE \"kept\" AS SELECT \"Id\", \"Hash\", \"TokenId\", \"IssuedAt\", \"ExpiresAt\" FROM \"ui_sessions\"; DROP TABLE \"ui_sessions\";\n"
                + Store.Schema.SchemaMigrator.Step(2, postgres)
                + "\nINSERT INTO \"ui_sessions\" (\"Hash\", \"TokenId\", \"IssuedAt\", \"ExpiresAt\") SELECT \"Hash\", \"TokenId\", \"IssuedAt\", \"ExpiresAt\" FROM \"kept\"; DROP TABLE \"kept\"; " + DropTrackerTables + " UPDATE \"schema_version\" SET \"Version\" = 2;"
                + TokensBeforeOwners;
            await store.Database.ExecuteSqlRawAsync(sql);
        }

        await using (var upgraded = await RunningServer.StartAsync(directory, database))
        {
            using var browser = new UiClient(upgraded);
            browser.Cookies.Add(cookies);
            Assert.Contains("Finding a", await browser.PageAsync("/ui/findings"));
            await using var store = upgraded.OpenStore();
            Assert.Equal(Since(2), await store.SchemaVersions.OrderBy(v => v.Version).Select(v => v.Version).ToListAsync());
            store.UiSessions.Add(new Store.Model.UiSession { Hash = "directory-user", UserName = "alice", UserDn = "uid=alice", Roles = "viewer", IssuedAt = DateTimeOffset.UtcNow, ExpiresAt = DateTimeOffset.UtcNow.AddHours(1) });
            await store.SaveChangesAsync();
            Assert.Equal(["alice"], await store.UiSessions.Where(s => s.TokenId == null).Select(s => s.UserName).ToListAsync());
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
