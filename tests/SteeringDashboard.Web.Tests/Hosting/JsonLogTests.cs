using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Units;
using SteeringDashboard.Web.Hosting;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Hosting;

/// <summary>
/// The log as JSON lines (<c>Logging:Json=true</c>) in a folder of the test's own, with Entity Framework's command log
/// turned up to Information: request logs name the request and the account, and neither a typed password nor a saved
/// victim figure ever reaches the log.
/// </summary>
public sealed class JsonLogTests : IAsyncDisposable
{
    private const string WrongPassword = "Wrong-Passphrase-Zq81x";
    private const int VictimFigure = 73519;

    private readonly JsonLogApp _app = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _app.Folder.Delete(recursive: true);
    }

    [Fact]
    public async Task RequestLogsCarryTheRequestAndAccountIdsAndNoPasswordOrVictimFigureIsWritten()
    {
        var account = await _app.CreateAccountAsync(SteeringRole.StandingAgency);
        using (var stranger = _app.CreateClient())
        using (var refused = await SteeringAppFactory.PostSignInAsync(stranger, account.UserName, WrongPassword))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        using (var signedIn = await _app.CreateSignedInClientAsync(SteeringRole.StandingAgency))
        {
            Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/health/ready", Cancellation)).StatusCode);
        }

        var (indicatorId, unitId, version) = await VictimFigureSlotAsync();
        var saved = await _app.Services.GetRequiredService<IndicatorEntryService>().SaveAsync(
            new FigureEntry(indicatorId, unitId, 2018, 3, VictimFigure, version, Confirmed: true), new Caller(account.UserId), Cancellation);
        Assert.IsType<FigureEntryOutcome.Saved>(saved);

        var lines = await ReadLogAsync();
        var events = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var ready = Assert.Single(events, e => e.GetProperty("@mt").GetString()!.StartsWith("HTTP", StringComparison.Ordinal)
            && e.TryGetProperty("RequestPath", out var path) && path.GetString() == "/health/ready");
        Assert.False(string.IsNullOrEmpty(ready.GetProperty("RequestId").GetString()));
        Assert.True(ready.TryGetProperty("UserId", out var userId), ready.ToString());
        Assert.Matches("^[0-9a-f-]{36}$", userId.GetString());
        Assert.Contains(events, e => e.GetProperty("@mt").GetString()!.StartsWith("Executed DbCommand", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(WrongPassword, StringComparison.Ordinal));
        // As a number of its own: the same digits inside a timestamp's fraction of a second (".7351913Z") are not the figure.
        var figure = new Regex($@"(?<![0-9.]){VictimFigure.ToString(System.Globalization.CultureInfo.InvariantCulture)}(?![0-9])");
        Assert.DoesNotContain(lines, figure.IsMatch);
    }

    /// <summary>A victim indicator Ba Dinh reports, and the version of its March 2018 figure (null when there is none yet).</summary>
    private async Task<(int IndicatorId, int UnitId, Guid? Version)> VictimFigureSlotAsync()
    {
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        var unit = await db.Units.SingleAsync(u => u.Code == "BA-DINH", Cancellation);
        var indicatorId = await db.Indicators
            .Where(i => i.IsSensitive && (!i.UnitKinds.Any() || i.UnitKinds.Any(k => k.Kind == unit.Kind)))
            .Select(i => i.Id).FirstAsync(Cancellation);
        var version = await db.IndicatorValues
            .Where(v => v.IndicatorId == indicatorId && v.UnitId == unit.Id && v.Year == 2018 && v.Month == 3)
            .Select(v => (Guid?)v.Version).SingleOrDefaultAsync(Cancellation);
        return (indicatorId, unit.Id, version);
    }

    private async Task<List<string>> ReadLogAsync()
    {
        var lines = new List<string>();
        foreach (var file in _app.Folder.EnumerateFiles("steering-*.log"))
        {
            await using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            while (await reader.ReadLineAsync(Cancellation) is { } line)
            {
                lines.Add(line);
            }
        }

        Assert.NotEmpty(lines);
        return lines;
    }

    private sealed class JsonLogApp : SteeringAppFactory
    {
        public DirectoryInfo Folder { get; } = Directory.CreateTempSubdirectory("steering-logs-");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(LoggingSetup.JsonKey, "true");
            builder.UseSetting(LoggingSetup.FolderKey, Folder.FullName);
            builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore", "Information");
        }
    }
}
