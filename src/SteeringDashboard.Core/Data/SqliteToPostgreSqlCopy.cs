using System.Buffers.Binary;
using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace SteeringDashboard.Core.Data;

/// <summary>One table as copied: its rows and checksum on each side.</summary>
public sealed record TableCopy(string Table, long SourceRows, long TargetRows, string SourceChecksum, string TargetChecksum)
{
    public bool Matches => SourceRows == TargetRows && SourceChecksum == TargetChecksum;
}

/// <summary>Why the copy did not start; nothing was written.</summary>
public sealed class CopyRefusedException(string message) : Exception(message);

/// <summary>
/// Copies an installation's SQLite database into an empty PostgreSQL database: creates the schema there with the PostgreSQL
/// migrations, then copies every table of the model (accounts, history and audit included, with their ids) in one
/// transaction, parents before children, sets every identity's sequence past the highest id copied, and compares each
/// table's row count and checksum (a hash of every row's values as the model reads them) on both sides before it commits.
/// </summary>
public sealed class SqliteToPostgreSqlCopy(string sqliteConnectionString, string postgreSqlConnectionString)
{
    private static readonly MethodInfo GetFieldValue = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetFieldValue))!;

    /// <summary>Copies everything, or throws <see cref="CopyRefusedException"/> before writing anything.</summary>
    /// <returns>Every table compared; the transaction is committed only when all of them match.</returns>
    public async Task<IReadOnlyList<TableCopy>> RunAsync(CancellationToken cancellationToken = default)
    {
        await using var source = CreateContext(DatabaseProvider.Sqlite, sqliteConnectionString);
        await using var target = CreateContext(DatabaseProvider.PostgreSQL, postgreSqlConnectionString);
        if ((await source.Database.GetPendingMigrationsAsync(cancellationToken)).ToList() is { Count: > 0 } pending)
        {
            throw new CopyRefusedException(
                $"The SQLite database is not at this version's schema (missing migrations: {string.Join(", ", pending)}): start this version of the app on it once, then copy.");
        }

        var seedRows = SeedRows(target);
        await RefuseUnlessEmptyAsync(target, seedRows, cancellationToken);
        await target.Database.MigrateAsync(cancellationToken);

        var tables = TablesInCopyOrder(source.Model.GetRelationalModel(), target.Model.GetRelationalModel());
        await using var sqlite = new SqliteConnection(sqliteConnectionString);
        await sqlite.OpenAsync(cancellationToken);
        await using var postgres = new NpgsqlConnection(postgreSqlConnectionString);
        await postgres.OpenAsync(cancellationToken);
        await using var transaction = await postgres.BeginTransactionAsync(cancellationToken);

        // The rows the migrations themselves insert (the roles) come again from the source, with the rest.
        foreach (var table in Enumerable.Reverse(tables).Where(t => seedRows.GetValueOrDefault(t.Target.Name) > 0))
        {
            await using var delete = new NpgsqlCommand($"DELETE FROM {Quote(table.Target.Name)}", postgres, transaction);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        var copies = new List<TableCopy>();
        foreach (var table in tables)
        {
            var (rows, checksum) = await CopyTableAsync(table, sqlite, postgres, cancellationToken);
            await SetSequencesAsync(table, postgres, transaction, cancellationToken);
            var (targetRows, targetChecksum) = await ChecksumTargetAsync(table, postgres, transaction, cancellationToken);
            copies.Add(new TableCopy(table.Target.Name, rows, targetRows, checksum, targetChecksum));
        }

        if (copies.All(c => c.Matches))
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return copies;
    }

    private static SteeringDbContext CreateContext(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<SteeringDbContext>();
        options.UseSteeringDatabase(provider, connectionString);
        return new(options.Options);
    }

    /// <summary>Empty: no table at all, or this version's schema with no row in any table (e.g. a copy that failed before).</summary>
    private static async Task RefuseUnlessEmptyAsync(SteeringDbContext target, Dictionary<string, long> seedRows, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)target.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        try
        {
            var tables = new List<string>();
            await using (var list = new NpgsqlCommand(
                "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables "
                + "WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE' AND table_name <> '__EFMigrationsHistory'",
                connection))
            await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    tables.Add(reader.GetString(0));
                }
            }

            if (tables.Count == 0)
            {
                return;
            }

            if ((await target.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                throw new CopyRefusedException($"The PostgreSQL database is not empty: it has {tables.Count} tables, not this version's schema. Copy into an empty database.");
            }

            // Rows beyond those the migrations insert (the roles) are data.
            var withRows = new List<string>();
            foreach (var table in tables)
            {
                await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
                if ((long)(await count.ExecuteScalarAsync(cancellationToken))! > seedRows.GetValueOrDefault(table.Replace("public.", "", StringComparison.Ordinal)))
                {
                    withRows.Add(table);
                }
            }

            if (withRows.Count > 0)
            {
                throw new CopyRefusedException(
                    $"The PostgreSQL database is not empty: {string.Join(", ", withRows.Take(5))}{(withRows.Count > 5 ? ", ..." : "")} hold rows. Nothing was changed; copy into an empty database.");
            }
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    /// <summary>Each target table with its source table and columns, a table after every table it refers to.</summary>
    private static List<TablePair> TablesInCopyOrder(IRelationalModel sourceModel, IRelationalModel targetModel)
    {
        var pairs = new List<TablePair>();
        foreach (var target in targetModel.Tables)
        {
            var columns = new List<ColumnPair>();
            ITable? source = null;
            foreach (var targetColumn in target.Columns)
            {
                var property = targetColumn.PropertyMappings[0].Property;
                var sourceProperty = sourceModel.Model.FindEntityType(property.DeclaringType.Name)!.FindProperty(property.Name)!;
                var sourceColumn = sourceProperty.GetTableColumnMappings().First().Column;
                source ??= sourceColumn.Table;
                columns.Add(new ColumnPair(sourceColumn, targetColumn, sourceProperty.GetRelationalTypeMapping(), property.GetRelationalTypeMapping()));
            }

            pairs.Add(new TablePair(source!, target, columns));
        }

        var ordered = new List<TablePair>();
        var placed = new HashSet<ITable>();
        while (ordered.Count < pairs.Count)
        {
            var ready = pairs.Where(p => !placed.Contains(p.Target)
                && p.Target.ForeignKeyConstraints.All(fk => fk.PrincipalTable == p.Target || placed.Contains(fk.PrincipalTable))).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException("The model's foreign keys form a cycle: no copy order.");
            }

            ordered.AddRange(ready);
            placed.UnionWith(ready.Select(p => p.Target));
        }

        return ordered;
    }

    private static async Task<(long Rows, string Checksum)> CopyTableAsync(
        TablePair table, SqliteConnection sqlite, NpgsqlConnection postgres, CancellationToken cancellationToken)
    {
        var checksum = new TableChecksum();
        await using var read = sqlite.CreateCommand();
        // Primary key order: a row that refers to another row of its own table comes after it.
        read.CommandText = $"SELECT {string.Join(", ", table.Columns.Select(c => Quote(c.Source.Name)))} FROM {Quote(table.Source.Name)} "
            + $"ORDER BY {string.Join(", ", table.Source.PrimaryKey!.Columns.Select(c => Quote(c.Name)))}";
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        var readers = table.Columns.Select(c => ModelValueReader(c.SourceMapping)).ToList();
        await using var writer = await postgres.BeginBinaryImportAsync(
            $"COPY {Quote(table.Target.Name)} ({string.Join(", ", table.Columns.Select(c => Quote(c.Target.Name)))}) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        var values = new object?[table.Columns.Count];
        while (await reader.ReadAsync(cancellationToken))
        {
            await writer.StartRowAsync(cancellationToken);
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? null : readers[i](reader, i);
                var stored = values[i] is { } value ? table.Columns[i].TargetMapping.Converter?.ConvertToProvider(value) ?? value : null;
                if (stored is null)
                {
                    await writer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await writer.WriteAsync(stored, cancellationToken);
                }
            }

            checksum.Add(values);
        }

        await writer.CompleteAsync(cancellationToken);
        return (checksum.Rows, checksum.Value);
    }

    /// <summary>Every identity column's sequence continues after the highest id copied (COPY writes the ids as they were).</summary>
    private static async Task SetSequencesAsync(TablePair table, NpgsqlConnection postgres, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var column in table.Columns.Where(c => c.Target.ProviderClrType == typeof(int) || c.Target.ProviderClrType == typeof(long)))
        {
            await using var setval = new NpgsqlCommand(
                $"SELECT setval(s::regclass, COALESCE((SELECT max({Quote(column.Target.Name)}) FROM {Quote(table.Target.Name)}), 1), "
                + $"(SELECT max({Quote(column.Target.Name)}) FROM {Quote(table.Target.Name)}) IS NOT NULL) "
                + "FROM pg_get_serial_sequence($1, $2) AS s WHERE s IS NOT NULL",
                postgres,
                transaction);
            setval.Parameters.Add(new NpgsqlParameter { Value = Quote(table.Target.Name) });
            setval.Parameters.Add(new NpgsqlParameter { Value = column.Target.Name });
            await setval.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<(long Rows, string Checksum)> ChecksumTargetAsync(
        TablePair table, NpgsqlConnection postgres, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var checksum = new TableChecksum();
        await using var read = new NpgsqlCommand(
            $"SELECT {string.Join(", ", table.Columns.Select(c => Quote(c.Target.Name)))} FROM {Quote(table.Target.Name)}", postgres, transaction);
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        var readers = table.Columns.Select(c => ModelValueReader(c.TargetMapping)).ToList();
        var values = new object?[table.Columns.Count];
        while (await reader.ReadAsync(cancellationToken))
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? null : readers[i](reader, i);
            }

            checksum.Add(values);
        }

        return (checksum.Rows, checksum.Value);
    }

    /// <summary>Reads a column as the model's value: the provider's type (SQLite's TEXT dates, INTEGER booleans) through the property's converter.</summary>
    private static Func<DbDataReader, int, object> ModelValueReader(RelationalTypeMapping mapping)
    {
        var converter = mapping.Converter;
        var providerType = Nullable.GetUnderlyingType(converter?.ProviderClrType ?? mapping.ClrType) ?? converter?.ProviderClrType ?? mapping.ClrType;
        var get = GetFieldValue.MakeGenericMethod(providerType);
        return (reader, ordinal) =>
        {
            var raw = get.Invoke(reader, [ordinal])!;
            return converter?.ConvertFromProvider(raw) ?? raw;
        };
    }

    /// <summary>How many rows the migrations insert in each table (seed data, e.g. the roles).</summary>
    private static Dictionary<string, long> SeedRows(SteeringDbContext target) =>
        target.GetService<IDesignTimeModel>().Model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null)
            .GroupBy(e => e.GetTableName()!)
            .ToDictionary(g => g.Key, g => g.Sum(e => (long)e.GetSeedData().Count()));

    private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private sealed record ColumnPair(IColumn Source, IColumn Target, RelationalTypeMapping SourceMapping, RelationalTypeMapping TargetMapping);

    private sealed record TablePair(ITable Source, ITable Target, IReadOnlyList<ColumnPair> Columns);

    /// <summary>
    /// The rows' count and the sum of a hash per row, which does not depend on the order the rows are read in; a row's values
    /// are written invariantly (instants as ticks, whatever kind the provider gives them).
    /// </summary>
    private sealed class TableChecksum
    {
        private ulong _sum;

        public long Rows { get; private set; }

        public string Value => _sum.ToString("x16", CultureInfo.InvariantCulture);

        public void Add(object?[] values)
        {
            var row = new StringBuilder();
            foreach (var value in values)
            {
                row.Append(value switch
                {
                    null => "\u2400",
                    DateTime instant => instant.Ticks.ToString(CultureInfo.InvariantCulture),
                    DateTimeOffset instant => instant.UtcTicks.ToString(CultureInfo.InvariantCulture),
                    byte[] bytes => Convert.ToBase64String(bytes),
                    double number => number.ToString("R", CultureInfo.InvariantCulture),
                    IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                    _ => value.ToString(),
                }).Append('\u241F');
            }

            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(row.ToString()));
            unchecked
            {
                _sum += BinaryPrimitives.ReadUInt64LittleEndian(hash);
            }

            Rows++;
        }
    }
}
