using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SteeringDashboard.Core.Data;

/// <summary>What the model needs on PostgreSQL to mean what it means on SQLite.</summary>
internal static class PostgreSqlModel
{
    /// <summary>
    /// Every table, column, key and index in lower case: PostgreSQL folds unquoted names to lower case, so the raw SQL
    /// (written with the model's names, unquoted) reads the same tables on both providers. Text compares and sorts by
    /// code point (collation "C"), as SQLite's BINARY does, so lists come in the same order on both.
    /// </summary>
    public static void Apply(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is { } table)
            {
                entity.SetTableName(table.ToLowerInvariant());
            }

            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(property.GetColumnName().ToLowerInvariant());
                if (property.ClrType == typeof(string))
                {
                    property.SetCollation("C");
                }
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(key.GetName()?.ToLowerInvariant());
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(foreignKey.GetConstraintName()?.ToLowerInvariant());
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(index.GetDatabaseName()?.ToLowerInvariant());
            }
        }
    }

    /// <summary>
    /// The app's instants are UTC (SQLite reads them back without a kind): timestamptz takes only UTC values, so a value
    /// without a kind is written as the UTC instant it stands for, and a local one converted.
    /// </summary>
    public static void StoreDateTimesAsUtc(ModelConfigurationBuilder builder)
    {
        builder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        builder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
