using SteeringDashboard.Core.Data;

namespace SteeringDashboard.Core.Tests.Data;

public sealed class DatabaseProviderTests
{
    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite)]
    [InlineData("", DatabaseProvider.Sqlite)]
    [InlineData("Sqlite", DatabaseProvider.Sqlite)]
    [InlineData("PostgreSQL", DatabaseProvider.PostgreSQL)]
    [InlineData(" postgresql ", DatabaseProvider.PostgreSQL)]
    public void NoValueMeansSqliteAndTheNamesAreReadWhateverTheirCase(string? value, DatabaseProvider expected) =>
        Assert.Equal(expected, SteeringDatabase.ParseProvider(value));

    [Theory]
    [InlineData("MySql")]
    [InlineData("1")]
    [InlineData("Postgres")]
    public void AnyOtherValueStopsTheStartNamingTheKeyAndTheValidValues(string value)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => SteeringDatabase.ParseProvider(value));

        Assert.Equal($"Database:Provider is '{value}', which is not a supported database provider: use Sqlite or PostgreSQL.", refused.Message);
    }
}
