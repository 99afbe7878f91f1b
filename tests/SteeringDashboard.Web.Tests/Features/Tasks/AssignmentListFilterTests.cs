using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Units;
using SteeringDashboard.Web.Features.Tasks;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Tasks;

public sealed class AssignmentListFilterTests
{
    private static readonly AssignmentRow[] Rows =
    [
        Row(1, 11, PlanSection.Districts, "Ba Đình", "Ba Dinh District", DeadlineStatus.Overdue),
        Row(2, 11, PlanSection.Districts, "Ba Vì", "Ba Vi District", DeadlineStatus.CompletedOnTime),
        Row(3, 14, PlanSection.MemberAgencies, "Sở Y tế", "Department of Health", DeadlineStatus.Overdue),
    ];

    [Fact]
    public void EmptyFilterKeepsEveryRow()
    {
        var filter = new AssignmentListFilter(Search: "  ");

        Assert.True(filter.IsEmpty);
        Assert.Equal(Rows, filter.Apply(Rows));
    }

    [Fact]
    public void CombinesItsConditions()
    {
        var filter = new AssignmentListFilter(Status: DeadlineStatus.Overdue, Section: PlanSection.Districts);

        Assert.Equal([1], filter.Apply(Rows).Select(r => r.AssignmentId));
    }

    [Fact]
    public void SearchesTheUnitNameOfTheCurrentLanguage()
    {
        using (CultureScope.Use("vi-VN"))
        {
            Assert.Equal([3], new AssignmentListFilter(Search: "so y te").Apply(Rows).Select(r => r.AssignmentId));
        }

        using (CultureScope.Use("en-US"))
        {
            Assert.Equal([3], new AssignmentListFilter(Search: "health").Apply(Rows).Select(r => r.AssignmentId));
            Assert.Empty(new AssignmentListFilter(Search: "so y te").Apply(Rows));
        }
    }

    [Fact]
    public void SearchesTheTaskText()
    {
        using var culture = CultureScope.Use("en-US");

        Assert.Equal([3], new AssignmentListFilter(Search: "IN RESPONSE").Apply(Rows).Select(r => r.AssignmentId));
    }

    private static AssignmentRow Row(int id, int task, PlanSection section, string unitVi, string unitEn, DeadlineStatus status) => new()
    {
        AssignmentId = id,
        TaskNumber = task,
        Section = section,
        TaskTextVi = task == 14 ? "Hưởng ứng Ngày toàn dân" : "Xây dựng kế hoạch",
        TaskTextEn = task == 14 ? "Act in response to the Day" : "Build the district's plan",
        Programme = ProgrammeCode.TraffickingPrevention,
        UnitId = id,
        UnitCode = $"U{id}",
        UnitNameVi = unitVi,
        UnitNameEn = unitEn,
        UnitKind = section == PlanSection.Districts ? UnitKind.UrbanDistrict : UnitKind.MemberAgency,
        DueDate = new DateOnly(2018, 6, 30),
        Status = status,
    };
}
