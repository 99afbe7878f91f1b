using Microsoft.EntityFrameworkCore;

namespace SteeringDashboard.Core.Data;

/// <summary>The database engine the store runs on (configuration <c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>One file beside the app: the default, with nothing else to install.</summary>
    Sqlite,

    /// <summary>A database server that several web instances share.</summary>
    PostgreSQL,
}

/// <summary>Builds the context options for either provider, each with its own migrations.</summary>
public static class SteeringDatabase
{
    /// <summary>The configuration key that names the provider.</summary>
    public const string ProviderKey = "Database:Provider";

    /// <summary>The assembly that holds the PostgreSQL migrations (the SQLite ones live beside the model).</summary>
    public const string PostgreSqlMigrationsAssembly = "SteeringDashboard.Migrations.PostgreSQL";

    /// <summary>The provider a configuration value names (case-insensitive); none means SQLite.</summary>
    /// <exception cref="InvalidOperationException">The value names no supported provider.</exception>
    public static DatabaseProvider ParseProvider(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(value.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException(
                $"{ProviderKey} is '{value}', which is not a supported database provider: use "
                + $"{string.Join(" or ", Enum.GetNames<DatabaseProvider>())}.");
    }

    public static DbContextOptionsBuilder UseSteeringDatabase(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.PostgreSQL => options
                .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgreSqlMigrationsAssembly))
                .AddInterceptors(SingleWriterInterceptor.Instance),
            _ => options.UseSqlite(connectionString),
        };
}
