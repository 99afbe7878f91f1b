using SteeringDashboard.Core.Assignments;

namespace SteeringDashboard.Core.Tests.Assignments;

public sealed class AssignmentEditsTests
{
    private static readonly AssignmentSnapshot Opened =
        new(1, AssignmentState.InProgress, 60, null, Guid.NewGuid(), new DateTime(2018, 7, 20, 3, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void ANewVersionWithTheSameValuesChangedNoField() =>
        Assert.Empty((Opened with { Version = Guid.NewGuid() }).FieldsChangedSince(Opened));

    [Fact]
    public void OnlyTheFieldsWhoseValuesDifferAreNamedInTheFormsOrder()
    {
        Assert.Equal([AssignmentField.Progress], (Opened with { Progress = 70 }).FieldsChangedSince(Opened));
        Assert.Equal(
            [AssignmentField.State, AssignmentField.Progress, AssignmentField.CompletedOn],
            (Opened with { State = AssignmentState.Completed, Progress = 100, CompletedOn = new DateOnly(2018, 7, 19) }).FieldsChangedSince(Opened));
    }
}
