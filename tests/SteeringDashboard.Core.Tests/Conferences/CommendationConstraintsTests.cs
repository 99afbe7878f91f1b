using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Live;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Conferences;

/// <summary>
/// The database refuses nomination rows the service refuses, for writes that bypass it: one approved nomination of U1
/// (reading order 1, linked to U1's completed task-1 assignment) is on file.
/// </summary>
public sealed class CommendationConstraintsTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var conferenceId = await ConferenceScenario.AddConferenceAsync(_database, await SmallPlanScenario.CreateAsync(_database));
        await using var db = _database.CreateDbContext();
        var unit = await _database.UnitIdAsync("U1");
        var assignment = await db.Assignments.Where(a => a.UnitId == unit && a.PlanTask!.Number == 1).Select(a => a.Id).SingleAsync(Token);
        var secretariat = new Caller((await TestAccounts.CreateAsync(_database, SteeringRole.Secretariat)).UserId);
        var clock = new FixedClock(new DateTimeOffset(2018, 7, 10, 3, 0, 0, TimeSpan.Zero));
        var service = new CommendationService(
            _database, new ChangeNotifier(NullLogger<ChangeNotifier>.Instance), _database.Guard(clock), clock);
        var saved = Assert.IsType<CommendationOutcome.Saved>(await service.ProposeAsync(
            secretariat,
            new CommendationProposal(conferenceId, "Nguyễn Văn An", NomineeKind.Individual, unit, CommendationForm.CityPeoplesCommitteeCertificateOfMerit, "Thành tích.",
                [new ResultRef(ResultKind.Assignment, assignment)]),
            Token));
        saved = Assert.IsType<CommendationOutcome.Saved>(await service.StartReviewAsync(secretariat, saved.CommendationId, saved.Version, Token));
        var approver = new Caller((await TestAccounts.CreateAsync(_database, SteeringRole.Secretariat)).UserId);
        Assert.IsType<CommendationOutcome.Saved>(await service.ApproveAsync(approver, saved.CommendationId, saved.Version, Token));
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData("UPDATE Commendations SET State = 5")]
    [InlineData("UPDATE Commendations SET NomineeKind = 3")]
    [InlineData("UPDATE Commendations SET Form = 4")]
    [InlineData("UPDATE Commendations SET NomineeName = '  '")]
    [InlineData("UPDATE Commendations SET Achievement = ''")]
    [InlineData("UPDATE Commendations SET State = 4, ReadingOrder = NULL")]
    [InlineData("UPDATE Commendations SET RejectionReason = 'x'")]
    [InlineData("UPDATE Commendations SET ReadingOrder = NULL")]
    [InlineData("UPDATE Commendations SET ReadingOrder = 0")]
    [InlineData("UPDATE Commendations SET State = 2")]
    [InlineData("UPDATE CommendationLinks SET IndicatorId = (SELECT MIN(Id) FROM Indicators)")]
    [InlineData("UPDATE CommendationLinks SET AssignmentId = NULL")]
    [InlineData("UPDATE CommendationLinks SET AssignmentId = 99999")]
    [InlineData("UPDATE CommendationHistory SET Reason = 'x' WHERE \"to\" = 3")]
    [InlineData("UPDATE CommendationHistory SET \"to\" = 4 WHERE \"to\" = 3")]
    public Task RefusesWhatTheServiceRefuses(string sql) => _database.AssertRefusedAsync(sql);
}
