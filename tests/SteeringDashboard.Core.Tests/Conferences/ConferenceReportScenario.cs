using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Conferences;

/// <summary>A conference of a plan with the review services over a test store.</summary>
internal sealed class ConferenceReportScenario(TestDatabase database, int conferenceId)
{
    public static readonly DateTimeOffset Now = new(2018, 7, 5, 3, 0, 0, TimeSpan.Zero);

    public TestDatabase Database { get; } = database;

    public int ConferenceId { get; } = conferenceId;

    public ConferenceReportQueries Review => new(Database, new DashboardQueries(Database, Options.Create(new PrivacyOptions())), new ReportMatrixQueries(Database), Options.Create(new PrivacyOptions()));

    public PackService Packs => new(Database, Review, new ConferenceQueries(Database), new CommendationQueries(Database), Guard, Options.Create(new PrivacyOptions()), new FixedClock(Now));

    public ConferenceReportSectionService Sections => new(Database, Guard, new FixedClock(Now));

    private AccessGuard Guard => new(Database, new AuditLog(Database, new FixedClock(Now), NullLogger<AuditLog>.Instance));

    /// <summary>Adds a conference of <paramref name="planId"/> whose figures count up to <paramref name="cutoff"/>.</summary>
    public static async Task<ConferenceReportScenario> CreateAsync(TestDatabase database, int planId, DateOnly cutoff) =>
        new(database, await ConferenceScenario.AddConferenceAsync(database, planId, cutoff));

    /// <summary>A new store with the small plan and a conference of it whose figures count up to 30 June 2018; dispose <see cref="Database"/>.</summary>
    public static async Task<ConferenceReportScenario> OnSmallPlanAsync()
    {
        var database = await TestDatabase.CreateAsync();
        var planId = await SmallPlanScenario.CreateAsync(database);
        return await CreateAsync(database, planId, SmallPlanScenario.June30);
    }

    public async Task<Caller> AccountAsync(SteeringRole role) => new((await TestAccounts.CreateAsync(Database, role)).UserId, "10.0.0.7");

    /// <summary>Adds <paramref name="value"/> to a unit's figure of the month, creating the figure when there is none.</summary>
    public async Task AddToFigureAsync(string unitCode, string indicatorCode, int month, int value)
    {
        await using var db = Database.CreateDbContext();
        var unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
        var indicatorId = await db.Indicators.Where(i => i.Code == indicatorCode).Select(i => i.Id).SingleAsync();
        var figure = await db.IndicatorValues.SingleOrDefaultAsync(v => v.UnitId == unitId && v.IndicatorId == indicatorId && v.Year == 2018 && v.Month == month);
        if (figure is null)
        {
            db.IndicatorValues.Add(new IndicatorValue
            {
                UnitId = unitId, IndicatorId = indicatorId, Year = 2018, Month = month, Value = value, Version = Guid.NewGuid(),
            });
        }
        else
        {
            figure.Value += value;
            figure.Version = Guid.NewGuid();
        }

        await db.SaveChangesAsync();
    }
}
