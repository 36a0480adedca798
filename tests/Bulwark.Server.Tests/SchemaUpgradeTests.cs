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
            await store.Database.ExecuteSqlRawAsync("DROP TABLE \"ui_sessions\"; UPDATE \"schema_version\" SET \"Version\" = 1;" + TokensBeforeOwners);
        }

        await using (var upgraded = await RunningServer.StartAsync(directory, database))
        {
            using var browser = await UiClient.SignedInAsync(upgraded, token);
            Assert.Contains("Finding a", await browser.PageAsync("/ui/findings"));
            await using var store = upgraded.OpenStore();
            Assert.Equal(Store.Schema.SchemaMigrator.Current, await store.SchemaVersions.MaxAsync(v => v.Version));
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
                + "\nINSERT INTO \"ui_sessions\" (\"Hash\", \"TokenId\", \"IssuedAt\", \"ExpiresAt\") SELECT \"Hash\", \"TokenId\", \"IssuedAt\", \"ExpiresAt\" FROM \"kept\"; DROP TABLE \"kept\"; UPDATE \"schema_version\" SET \"Version\" = 2;"
                + TokensBeforeOwners;
            await store.Database.ExecuteSqlRawAsync(sql);
        }

        await using (var upgraded = await RunningServer.StartAsync(directory, database))
        {
            using var browser = new UiClient(upgraded);
            browser.Cookies.Add(cookies);
            Assert.Contains("Finding a", await browser.PageAsync("/ui/findings"));
            await using var store = upgraded.OpenStore();
            Assert.Equal(Store.Schema.SchemaMigrator.Current, await store.SchemaVersions.MaxAsync(v => v.Version));
            store.UiSessions.Add(new Store.Model.UiSession { Hash = "directory-user", UserName = "alice", UserDn = "uid=alice", Roles = "viewer", IssuedAt = DateTimeOffset.UtcNow, ExpiresAt = DateTimeOffset.UtcNow.AddHours(1) });
            await store.SaveChangesAsync();
            Assert.Equal(["alice"], await store.UiSessions.Where(s => s.TokenId == null).Select(s => s.UserName).ToListAsync());
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
