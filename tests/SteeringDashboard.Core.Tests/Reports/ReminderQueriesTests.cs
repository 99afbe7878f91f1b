using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Tests.Reports;

public sealed class ReminderQueriesTests : IAsyncLifetime
{
    private static readonly DateOnly DueDate = ReportScenario.DueDate;
    private ReportScenario _scenario = null!;
    private ReminderQueries _queries = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _scenario = await ReportScenario.CreateAsync();
        _queries = new ReminderQueries(_scenario.Database, new ReportMatrixQueries(_scenario.Database));
    }

    public ValueTask DisposeAsync() => _scenario.DisposeAsync();

    private Task<ReminderList> LoadAsync(DateOnly asOf, int? reportTypeId = null) =>
        _queries.LoadAsync(_scenario.PlanId, asOf, reportTypeId, Token);

    [Theory]
    [InlineData("2018-07-20", 0)]
    [InlineData("2018-07-21", 1)]
    [InlineData("2018-08-19", 30)]
    public void DaysOverdueCountsHanoiCalendarDaysAfterTheDueDate(string asOf, int expected) =>
        Assert.Equal(expected, ReminderQueries.DaysOverdue(DueDate, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void DaysOverdueIsZeroBeforeTheDueDate() =>
        Assert.Equal(0, ReminderQueries.DaysOverdue(DueDate, DueDate.AddDays(-3)));

    [Fact]
    public async Task NobodyIsRemindedOnTheDueDateItselfAndEveryoneWithoutAReportTheDayAfter()
    {
        Assert.Empty((await LoadAsync(DueDate)).Rows);

        var after = await LoadAsync(DueDate.AddDays(1));

        Assert.Equal(["U1", "U2", "A1"], after.Rows.Select(r => r.Unit.Code));
        Assert.All(after.Rows, r => Assert.Equal((ReportCellState.Missing, 1, "DAY"), (r.State, r.DaysOverdue, r.Report.Code)));
    }

    [Fact]
    public async Task AReportSentAt2359OnTheDueDateLeavesTheListAndOneSentAtMidnightAfterLeavesItThatDay()
    {
        _scenario.SetClock(ReportScenario.LastMinuteOnTime);
        await _scenario.SubmitAsync(_scenario.U1);
        _scenario.SetClock(ReportScenario.MidnightAfterDue);
        await _scenario.SubmitAsync(_scenario.U2);

        Assert.Equal(["A1"], (await LoadAsync(DueDate.AddDays(1))).Rows.Select(r => r.Unit.Code));
    }

    [Fact]
    public async Task AReturnedReportIsListedUntilResubmittedEvenBeforeItsDueDate()
    {
        await _scenario.SubmitAsync(_scenario.U1);
        _scenario.SetClock(new DateTimeOffset(2018, 7, 15, 3, 0, 0, TimeSpan.Zero));
        await _scenario.ReturnAsync(_scenario.U1);

        var beforeDue = Assert.Single((await LoadAsync(new DateOnly(2018, 7, 15))).Rows);
        Assert.Equal((_scenario.U1, ReportCellState.Returned, 0), (beforeDue.Unit.Id, beforeDue.State, beforeDue.DaysOverdue));
        var returned = (await LoadAsync(DueDate.AddDays(4))).Rows.Single(r => r.Unit.Id == _scenario.U1);
        Assert.Equal((ReportCellState.Returned, 4), (returned.State, returned.DaysOverdue));

        _scenario.SetClock(ReportScenario.MidnightAfterDue.AddDays(4));
        await _scenario.SubmitAsync(_scenario.U1);

        Assert.DoesNotContain((await LoadAsync(DueDate.AddDays(5))).Rows, r => r.Unit.Id == _scenario.U1);
    }

    [Fact]
    public async Task OneReportTypeOrAll()
    {
        var monthly = await _scenario.AddReportTypeAsync("M06", new DateOnly(2018, 6, 1), new DateOnly(2018, 7, 5), _scenario.U1);

        var all = await LoadAsync(DueDate.AddDays(2));
        var onlyMonthly = await LoadAsync(DueDate.AddDays(2), monthly);

        Assert.Equal(["M06 U1 17", "DAY U1 2", "DAY U2 2", "DAY A1 2"], all.Rows.Select(r => $"{r.Report.Code} {r.Unit.Code} {r.DaysOverdue}"));
        Assert.Equal(["M06 U1 17"], onlyMonthly.Rows.Select(r => $"{r.Report.Code} {r.Unit.Code} {r.DaysOverdue}"));
        Assert.Equal(["M06", "DAY"], onlyMonthly.ReportTypes.Select(t => t.Code));
    }

    [Fact]
    public async Task ContactsAreTheUnitsEnabledReporterAccounts()
    {
        await TestAccounts.CreateAsync(_scenario.Database, SteeringRole.UnitReporter, _scenario.U1, userName: "reporter.u1", displayName: "Nguyễn Văn An");
        var disabled = await TestAccounts.CreateAsync(_scenario.Database, SteeringRole.UnitReporter, _scenario.U1, userName: "old.u1", displayName: "Old");
        await TestAccounts.DisableAsync(_scenario.Database, disabled.UserId);
        await TestAccounts.CreateAsync(_scenario.Database, SteeringRole.Secretariat, userName: "secretariat.x", displayName: "Secretariat");
        var second = await TestAccounts.CreateAsync(_scenario.Database, SteeringRole.UnitReporter, _scenario.U1, userName: "bich.u1", displayName: "Trần Thị Bích");
        await using (var db = _scenario.Database.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == second.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.Email, "bich@example.vn"), Token);
        }

        var rows = (await LoadAsync(DueDate.AddDays(1))).Rows.ToDictionary(r => r.Unit.Code);

        Assert.Equal(
            [new ReportContact("Nguyễn Văn An", "reporter.u1", null), new ReportContact("Trần Thị Bích", "bich.u1", "bich@example.vn")],
            rows["U1"].Contacts);
        Assert.Empty(rows["U2"].Contacts);
    }

    [Fact]
    public async Task EachRowCarriesItsUnitsContactOnFile()
    {
        await using (var db = _scenario.Database.CreateDbContext())
        {
            await db.Units.Where(u => u.Id == _scenario.U1).ExecuteUpdateAsync(
                s => s.SetProperty(u => u.ContactPerson, "Nguyễn Thị Lan").SetProperty(u => u.ContactPhone, "024 3942 4224"), Token);
        }

        var rows = (await LoadAsync(DueDate.AddDays(1))).Rows.ToDictionary(r => r.Unit.Code);

        Assert.Equal(new UnitContact("Nguyễn Thị Lan", "024 3942 4224", null), rows["U1"].UnitContact);
        Assert.True(rows["U2"].UnitContact.IsEmpty);
    }

    [Fact]
    public async Task FourSqlCommandsWhateverTheNumberOfUnitsAndAccounts()
    {
        await TestAccounts.CreateAsync(_scenario.Database, SteeringRole.UnitReporter, _scenario.U1);
        _scenario.Database.ResetCommandCount();
        await LoadAsync(DueDate.AddDays(1));
        Assert.Equal(4, _scenario.Database.CommandCount);

        await using (var db = _scenario.Database.CreateDbContext())
        {
            for (var i = 0; i < 30; i++)
            {
                var unit = db.Units.Add(new Unit { Code = $"D{i}", NameVi = $"D{i}", NameEn = $"D{i}", Kind = UnitKind.RuralDistrict }).Entity;
                db.ExpectedReports.Add(new ExpectedReport { ReportTypeId = _scenario.ReportTypeId, Unit = unit });
            }

            await db.SaveChangesAsync(Token);
            foreach (var unit in await db.Units.Where(u => EF.Functions.Like(u.Code, "D%")).ToListAsync(Token))
            {
                await TestAccounts.CreateAsync(_scenario.Database, SteeringRole.UnitReporter, unit.Id);
            }
        }

        _scenario.Database.ResetCommandCount();
        var list = await LoadAsync(DueDate.AddDays(1));

        Assert.Equal(33, list.Rows.Count);
        Assert.All(list.Rows.Where(r => r.Unit.Code.StartsWith('D')), r => Assert.Single(r.Contacts));
        Assert.Equal(4, _scenario.Database.CommandCount);
    }
}
