using System.Data.Common;
using Bulwark.Server.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Bulwark.Server.Scans;

/// <summary>
/// Writes many rows of one table inside the store's current transaction without EF's change tracking, which costs
/// more than the database itself for tens of thousands of findings: on PostgreSQL one binary <c>COPY</c>, on SQLite
/// one prepared <c>INSERT</c> run per row. Values are given as the model maps them (<see cref="Value"/>).
/// </summary>
internal sealed class BulkRows(StoreContext store)
{
    /// <summary>Inserts <paramref name="rows"/> (values in the order of <paramref name="columns"/>) into <paramref name="table"/>.</summary>
    public async Task InsertAsync(string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var connection = store.Database.GetDbConnection();
        var quoted = string.Join(", ", columns.Select(c => $"\"{c}\""));
        if (connection is NpgsqlConnection postgres)
        {
            await using var writer = await postgres.BeginBinaryImportAsync($"COPY \"{table}\" ({quoted}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var row in rows)
            {
                await writer.StartRowAsync(cancellationToken);
                foreach (var value in row)
                {
                    if (value is null)
                    {
                        await writer.WriteNullAsync(cancellationToken);
                    }
                    else
                    {
                        await writer.WriteAsync(value, cancellationToken);
                    }
                }
            }

            await writer.CompleteAsync(cancellationToken);
            return;
        }

        await using var command = Command($"INSERT INTO \"{table}\" ({quoted}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})", columns.Count);
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                command.Parameters[i].Value = row[i] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Runs <paramref name="sql"/> (parameters <c>$p0</c>…) once per row of values, prepared once.</summary>
    public async Task<int> ForEachAsync(string sql, int parameters, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var changed = 0;
        await using var command = Command(store.Database.GetDbConnection() is NpgsqlConnection ? sql.Replace("$p", "@p", StringComparison.Ordinal) : sql, parameters);
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                command.Parameters[i].Value = row[i] ?? DBNull.Value;
            }

            changed += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return changed;
    }

    /// <summary><paramref name="value"/> as the model stores <typeparamref name="TEntity"/>'s <paramref name="property"/> (SQLite keeps times as numbers).</summary>
    public object? Value<TEntity>(string property, object? value)
    {
        var converter = store.Model.FindEntityType(typeof(TEntity))!.FindProperty(property)!.GetTypeMapping().Converter;
        return value is null || converter is null ? value : converter.ConvertToProvider(value);
    }

    private DbCommand Command(string sql, int parameters)
    {
        var connection = store.Database.GetDbConnection();
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = store.Database.CurrentTransaction?.GetDbTransaction();
        var prefix = connection is NpgsqlConnection ? "@p" : "$p";
        for (var i = 0; i < parameters; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = prefix + i;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
