using Microsoft.EntityFrameworkCore;

namespace Bulwark.Server.Store;

/// <summary>
/// Which database: PostgreSQL when given a connection string (<c>Host=…;Database=…</c>), otherwise SQLite in the data
/// directory (<c>bulwark.db</c>), so the server starts with nothing installed.
/// </summary>
internal static class StoreOptions
{
    /// <summary>True when <paramref name="connection"/> names a PostgreSQL server.</summary>
    public static bool IsPostgres(string? connection) =>
        connection is not null && (connection.Contains("Host=", StringComparison.OrdinalIgnoreCase) || connection.StartsWith("postgres", StringComparison.OrdinalIgnoreCase));

    public static DbContextOptions<StoreContext> For(string? connection, string dataDirectory)
    {
        var builder = new DbContextOptionsBuilder<StoreContext>();
        Configure(builder, connection, dataDirectory);
        return builder.Options;
    }

    public static void Configure(DbContextOptionsBuilder builder, string? connection, string dataDirectory)
    {
        if (IsPostgres(connection))
        {
            builder.UseNpgsql(connection);
        }
        else
        {
            Directory.CreateDirectory(dataDirectory);
            var file = connection ?? Path.Combine(dataDirectory, "bulwark.db");
            builder.UseSqlite(file.Contains('=') ? file : $"Data Source={file}").AddInterceptors(new SqlitePragmas());
        }
    }

    /// <summary>A description for logs and messages, without any password the connection string holds.</summary>
    public static string Describe(string? connection, string dataDirectory)
    {
        if (!IsPostgres(connection))
        {
            return "SQLite " + (connection ?? Path.Combine(dataDirectory, "bulwark.db"));
        }

        var parts = connection!.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase));
        return "PostgreSQL " + string.Join(';', parts);
    }
}
