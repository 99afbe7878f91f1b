using SteeringDashboard.Core.Tests.TestSupport;

namespace SteeringDashboard.Core.Tests.Data;

/// <summary>The database itself refuses what the services refuse, for writes that bypass them.</summary>
public sealed class DatabaseConstraintsTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await SmallPlanScenario.CreateAsync(_database);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData("UPDATE Assignments SET Progress = 150")]
    [InlineData("UPDATE Assignments SET Progress = -1")]
    [InlineData("UPDATE Assignments SET State = 2, Progress = 100, CompletedOn = NULL")]
    [InlineData("UPDATE Assignments SET State = 2, Progress = 90, CompletedOn = '2018-06-01'")]
    [InlineData("UPDATE Assignments SET State = 1, Progress = 50, CompletedOn = '2018-06-01'")]
    [InlineData("UPDATE AssignmentHistory SET Note = {text:1001}")]
    [InlineData("UPDATE IndicatorValues SET Value = -5")]
    [InlineData("UPDATE IndicatorValues SET Month = 13")]
    [InlineData("INSERT INTO Units (Code, NameVi, NameEn, Kind, IsDemo) VALUES ('U1', 'x', 'x', 1, FALSE)")]
    [InlineData("INSERT INTO Assignments (PlanTaskId, UnitId, DueDate, State, Progress, UpdatedAtUtc, Version) VALUES (999, 1, '2018-01-01', 0, 0, '2018-01-01', {new-version})")]
    public Task RefusesValuesTheServicesRefuse(string sql) => _database.AssertRefusedAsync(sql);
}
