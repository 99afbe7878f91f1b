using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SteeringDashboard.Web.Security;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Hosting;

/// <summary>The built app run as a production operator would run create-admin: it migrates, creates, prints and exits.</summary>
public sealed class CreateAdminProcessTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();
    private readonly DirectoryInfo _contentRoot = Directory.CreateTempSubdirectory("steering-create-admin-");

    [Theory]
    [InlineData("a fine long passphrase for the admin", 0, "Created the administrator first.admin (First Admin).")]
    [InlineData("too short", 1, "- Passwords must be at least 12 characters.")]
    public async Task TheCommandExitsWithoutStartingTheServer(string password, int exitCode, string message)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _contentRoot.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "SteeringDashboard.Web.dll"), "create-admin", "--user", "first.admin", "--name", "First Admin" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Steering"] = _database.ConnectionString;
        start.Environment["Seed__Enabled"] = "false";
        start.Environment[CreateAdminCommand.PasswordVariable] = password;

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellation);
        var error = process.StandardError.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation).WaitAsync(TimeSpan.FromSeconds(90), cancellation);

        Assert.Equal(exitCode, process.ExitCode);
        Assert.Contains(message, (exitCode == 0 ? await output : await error), StringComparison.Ordinal);
        Assert.Equal(exitCode == 0 ? 1 : 0, await CountAdministratorsAsync());
    }

    public void Dispose()
    {
        _database.Dispose();
        _contentRoot.Delete(recursive: true);
    }

    private async Task<long> CountAdministratorsAsync()
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM AspNetUsers u JOIN AspNetUserRoles ur ON ur.UserId = u.Id JOIN AspNetRoles r ON r.Id = ur.RoleId WHERE r.Name = 'Administrator' AND u.UserName = 'first.admin'";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
