namespace Bulwark.Server.Tests;

/// <summary>
/// A test that needs the PostgreSQL server test.sh starts (its address in <c>BULWARK_TEST_POSTGRES</c>); skipped, with
/// that reason, when run without it.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (Postgres.Server is null)
        {
            Skip = "no PostgreSQL: run ./test.sh, which starts one and sets BULWARK_TEST_POSTGRES";
        }
    }
}

internal static class Postgres
{
    public static string? Server { get; } = Environment.GetEnvironmentVariable("BULWARK_TEST_POSTGRES");

    /// <summary>A connection string to a database of its own (created by the first server that opens it).</summary>
    public static string NewDatabase() => $"{Server};Database=bulwark_test_{Guid.NewGuid():N}";
}
