using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Tests;

/// <summary>A database made by an older server is brought up to date at start, on either database.</summary>
public sealed class SchemaUpgradeTests
{
    [Fact]
    public Task A_version_1_sqlite_database_gets_the_ui_sessions_table() => UpgradeFromVersion1(database: null);

    [PostgresFact]
    public Task A_version_1_postgresql_database_gets_the_ui_sessions_table() => UpgradeFromVersion1(Postgres.NewDatabase());

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
            await store.Database.ExecuteSqlRawAsync("DROP TABLE \"ui_sessions\"; UPDATE \"schema_version\" SET \"Version\" = 1");
        }

        await using (var upgraded = await RunningServer.StartAsync(directory, database))
        {
            using var browser = await UiClient.SignedInAsync(upgraded, token);
            Assert.Contains("Finding a", await browser.PageAsync("/ui/findings"));
            await using var store = upgraded.OpenStore();
            Assert.Equal([1, 2], await store.SchemaVersions.OrderBy(v => v.Version).Select(v => v.Version).ToListAsync());
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
