using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Units;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Features.Dashboard;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Dashboard;

public sealed class SharedDashboardChartsTests
{
    private static readonly PlanSummary Plan = new(
        1, 2018, "127/KH-BCD", "vi", "en", new(2018, 6, 6), new(2018, 7, 30), null, null, new(2018, 1, 1), new(2018, 7, 31), new(2018, 7, 10), true);

    private readonly SharedDashboardCharts _charts = new();
    private readonly IStringLocalizer<SharedText> _shared;
    private readonly IStringLocalizer<DashboardText> _text;

    public SharedDashboardChartsTests()
    {
        var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        _shared = services.GetRequiredService<IStringLocalizer<SharedText>>();
        _text = services.GetRequiredService<IStringLocalizer<DashboardText>>();
    }

    [Fact]
    public void DashboardsShowingOneAnswerInOneLanguageShareItsChartsAndAnotherLanguageGetsItsOwn()
    {
        var data = Data();

        DashboardCharts first, second, english;
        using (CultureScope.Use("vi-VN"))
        {
            first = _charts.For(data, _shared, _text);
            second = _charts.For(data, _shared, _text);
        }

        using (CultureScope.Use("en-US"))
        {
            english = _charts.For(data, _shared, _text);
        }

        Assert.Same(first, second);
        Assert.Equal(["Q. Ba Đình"], first.DistrictSpec.Labels);
        Assert.Equal(["Ba Dinh District (urban)"], english.DistrictSpec.Labels);
    }

    [Fact]
    public void ANewAnswerForTheSameFilterGetsNewCharts()
    {
        using var culture = CultureScope.Use("en-US");

        var before = _charts.For(Data(progress: 40), _shared, _text);
        var after = _charts.For(Data(progress: 60), _shared, _text);

        Assert.Equal([0.4], before.DistrictSpec.Datasets[0].Data);
        Assert.Equal([0.6], after.DistrictSpec.Datasets[0].Data);
    }

    private static DashboardData Data(double progress = 50)
    {
        UnitProgress[] units = [new() { Code = "BA-DINH", NameVi = "Ba Đình", NameEn = "Ba Dinh District", Kind = UnitKind.UrbanDistrict, AverageProgress = progress, Assignments = 1, InProgressWithinDeadline = 1 }];
        return new DashboardData(
            Plan,
            new PlanFilter(1, new(2018, 7, 10)),
            DashboardKpis.From(units),
            units,
            [new TrendPoint { Date = new(2018, 7, 10), Assignments = 1, Completed = 0, Overdue = 0, AverageProgress = progress }],
            new FigurePeriod(2018, 1, 6),
            []);
    }
}
