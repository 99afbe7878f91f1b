using System.Net;
using Microsoft.Data.Sqlite;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Hosting;

/// <summary>
/// Liveness (<c>/health</c>) and readiness (<c>/health/ready</c>: a real query and a write to the files folder), anonymous
/// and naming the status only. Each test breaks the app's own database or files folder, so each has an app of its own.
/// </summary>
public sealed class HealthEndpointsTests : IAsyncDisposable
{
    private readonly EvidenceAppFactory _app = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task BothAnswerHealthyToAnAnonymousCaller()
    {
        using var client = _app.CreateClient();

        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync(client, "/health"));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync(client, "/health/ready"));
    }

    [Fact]
    public async Task ReadinessFailsWhenTheFilesFolderCannotBeWrittenAndLivenessStaysHealthy()
    {
        using var client = _app.CreateClient();
        Directory.Delete(_app.FilesFolder, recursive: true);
        await File.WriteAllTextAsync(_app.FilesFolder, "a file where the folder should be", Cancellation);
        try
        {
            Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), await GetAsync(client, "/health/ready"));
            Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync(client, "/health"));
        }
        finally
        {
            File.Delete(_app.FilesFolder);
            Directory.CreateDirectory(_app.FilesFolder);
        }
    }

    [Fact]
    public async Task ReadinessFailsWhenTheDatabaseCannotBeOpenedAndSaysNoMoreThanUnhealthy()
    {
        using var client = _app.CreateClient();
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync(client, "/health/ready"));
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _app.DatabasePath, _app.DatabasePath + "-wal", _app.DatabasePath + "-shm" })
        {
            File.Delete(file);
        }

        Directory.CreateDirectory(_app.DatabasePath);
        try
        {
            Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), await GetAsync(client, "/health/ready"));
        }
        finally
        {
            Directory.Delete(_app.DatabasePath);
        }
    }

    [Fact]
    public async Task ReadinessFailsOnADatabaseFileWithoutTheSchemaThatLivenessCanStillOpen()
    {
        using var client = _app.CreateClient();
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync(client, "/health/ready"));
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _app.DatabasePath, _app.DatabasePath + "-wal", _app.DatabasePath + "-shm" })
        {
            File.Delete(file);
        }

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), await GetAsync(client, "/health/ready"));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync(client, "/health"));
    }

    private static async Task<(HttpStatusCode, string)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Cancellation);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Cancellation));
    }
}
