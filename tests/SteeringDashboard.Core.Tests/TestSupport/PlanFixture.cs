using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Tests.TestSupport;

/// <summary>Builds a small plan by hand, so that tests can count the expected figures themselves.</summary>
public sealed class PlanFixture(SteeringDbContext db)
{
    public Programme Trafficking { get; } =
        db.Programmes.Add(new Programme { Code = ProgrammeCode.TraffickingPrevention, NameVi = "MBN", NameEn = "Trafficking" }).Entity;

    public Programme Drugs { get; } =
        db.Programmes.Add(new Programme { Code = ProgrammeCode.DrugPrevention, NameVi = "MT", NameEn = "Drugs" }).Entity;

    public Plan Plan { get; } = db.Plans.Add(new Plan
    {
        Year = 2018,
        Number = "1/TEST",
        TitleVi = "Kế hoạch thử",
        TitleEn = "Test plan",
        IssuedOn = new DateOnly(2018, 1, 1),
        DayDate = new DateOnly(2018, 7, 30),
        PeriodStart = new DateOnly(2018, 1, 1),
        PeriodEnd = new DateOnly(2018, 7, 31),
        ReviewAsOf = new DateOnly(2018, 6, 30),
    }).Entity;

    public Unit AddUnit(string code, UnitKind kind)
    {
        var unit = new Unit { Code = code, NameVi = code, NameEn = code, Kind = kind };
        db.Units.Add(unit);
        return unit;
    }

    public PlanTask AddTask(int number, DateOnly due, Programme? programme = null)
    {
        var task = new PlanTask
        {
            Plan = Plan,
            Number = number,
            Section = PlanSection.CityWide,
            TextVi = $"Nhiệm vụ {number}",
            TextEn = $"Task {number}",
            Programme = programme ?? Trafficking,
            StartDate = new DateOnly(2018, 1, 1),
            DueDate = due,
        };
        db.PlanTasks.Add(task);
        return task;
    }

    /// <summary>An assignment with history rows; each change is (Ha Noi date, state, progress), completion on the change's date.</summary>
    public Assignment Assign(PlanTask task, Unit unit, params (DateOnly On, AssignmentState State, int Progress)[] changes)
    {
        var assignment = new Assignment { PlanTask = task, Unit = unit, DueDate = task.DueDate };
        AssignmentState? previousState = null;
        int? previousProgress = null;
        foreach (var (on, state, progress) in changes)
        {
            assignment.History.Add(new AssignmentHistory
            {
                ChangedAtUtc = HanoiTime.StartOfDayUtc(on).AddHours(23).AddMinutes(30),
                ChangedBy = "test",
                OldState = previousState,
                NewState = state,
                OldProgress = previousProgress,
                NewProgress = progress,
                NewCompletedOn = state == AssignmentState.Completed ? on : null,
                Version = Guid.NewGuid(),
            });
            previousState = state;
            previousProgress = progress;
        }

        var last = assignment.History.LastOrDefault();
        assignment.State = last?.NewState ?? AssignmentState.NotStarted;
        assignment.Progress = last?.NewProgress ?? 0;
        assignment.CompletedOn = last?.NewCompletedOn;
        assignment.UpdatedAtUtc = last?.ChangedAtUtc ?? DateTime.UtcNow;
        assignment.Version = last?.Version ?? Guid.NewGuid();
        db.Assignments.Add(assignment);
        return assignment;
    }

    public Indicator AddIndicator(string code, bool headline = true)
    {
        var indicator = new Indicator
        {
            Code = code, NameVi = code, NameEn = code, Programme = Trafficking, Group = IndicatorGroup.Enforcement, IsHeadline = headline,
        };
        db.Indicators.Add(indicator);
        return indicator;
    }

    public void AddValue(Indicator indicator, Unit unit, int month, int value) =>
        db.IndicatorValues.Add(new IndicatorValue
        {
            Indicator = indicator, UnitId = unit.Id, Year = 2018, Month = month, Value = value, Version = Guid.NewGuid(),
        });

    public Task SaveAsync() => db.SaveChangesAsync();
}
