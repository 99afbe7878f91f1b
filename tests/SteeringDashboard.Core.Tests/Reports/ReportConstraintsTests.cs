using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Reports;

/// <summary>The database refuses report rows the submission service refuses, for writes that bypass it (U1 has a submitted DAY report).</summary>
public sealed class ReportConstraintsTests : IAsyncLifetime
{
    private ReportScenario _scenario = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _scenario = await ReportScenario.CreateAsync();
        await _scenario.SubmitAsync(_scenario.U1);
    }

    public ValueTask DisposeAsync() => _scenario.DisposeAsync();

    [Theory]
    [InlineData("UPDATE UnitReportFigures SET Value = -1")]
    [InlineData("UPDATE UnitReports SET Summary = ''")]
    [InlineData("UPDATE UnitReports SET Summary = {text:4001}")]
    [InlineData("UPDATE UnitReports SET State = 2")]
    [InlineData("UPDATE UnitReports SET ReturnReason = 'x'")]
    [InlineData("UPDATE UnitReports SET State = 3")]
    [InlineData("INSERT INTO UnitReports (ReportTypeId, UnitId, Summary, State, SubmittedAtUtc, SubmittedBy, UpdatedAtUtc, Version) SELECT ReportTypeId, UnitId, 'x', 1, SubmittedAtUtc, 'x', UpdatedAtUtc, {new-version} FROM UnitReports")]
    [InlineData("UPDATE UnitReports SET UnitId = (SELECT Id FROM Units WHERE Code = 'S')")]
    [InlineData("INSERT INTO UnitReportFigures (UnitReportId, IndicatorId, Value) SELECT UnitReportId, IndicatorId, 1 FROM UnitReportFigures")]
    [InlineData("UPDATE UnitReportHistory SET Reason = 'x'")]
    [InlineData("UPDATE ReportTypes SET DueDate = '2018-07-01'")]
    [InlineData("INSERT INTO ReportTypes (PlanId, Code, NameVi, NameEn, PeriodStart, PeriodEnd, CutoffDate, DueDate, SortOrder) SELECT PlanId, Code, 'x', 'x', PeriodStart, PeriodEnd, CutoffDate, DueDate, 0 FROM ReportTypes")]
    public Task RefusesWhatTheServiceRefuses(string sql) => _scenario.Database.AssertRefusedAsync(sql);
}
