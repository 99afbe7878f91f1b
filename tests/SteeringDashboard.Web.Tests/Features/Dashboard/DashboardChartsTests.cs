using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Units;
using SteeringDashboard.Web.Components.Charts;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Features.Dashboard;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Dashboard;

public sealed class DashboardChartsTests
{
    private static readonly PlanSummary Plan = new(
        1, 2018, "127/KH-BCD", "vi", "en", new(2018, 6, 6), new(2018, 7, 30), null, null, new(2018, 1, 1), new(2018, 7, 31), new(2018, 7, 10), true);

    private static UnitProgress Unit(string nameVi, string nameEn, UnitKind kind, double? progress, int onTime = 0, int late = 0, int within = 0, int overdue = 0) => new()
    {
        Code = nameEn.ToUpperInvariant(),
        NameVi = nameVi,
        NameEn = nameEn,
        Kind = kind,
        AverageProgress = progress,
        CompletedOnTime = onTime,
        CompletedLate = late,
        InProgressWithinDeadline = within,
        Overdue = overdue,
        Assignments = onTime + late + within + overdue,
    };

    private static DashboardCharts Build(params UnitProgress[] units)
    {
        var data = new DashboardData(
            Plan,
            new PlanFilter(1, new(2018, 7, 10)),
            DashboardKpis.From(units),
            units,
            [
                new TrendPoint { Date = new(2018, 7, 3), Assignments = 4, Completed = 1, Overdue = 0, AverageProgress = 40 },
                new TrendPoint { Date = new(2018, 7, 10), Assignments = 4, Completed = 2, Overdue = 1, AverageProgress = 60 },
            ],
            new FigurePeriod(2018, 1, 6),
            []);
        var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        return DashboardCharts.Build(
            data,
            services.GetRequiredService<IStringLocalizer<SharedText>>(),
            services.GetRequiredService<IStringLocalizer<DashboardText>>());
    }

    [Fact]
    public void DistrictsComeGroupedByKindThenInVietnameseCollationWithTheirKindColour()
    {
        using var culture = CultureScope.Use("vi-VN");

        var charts = Build(
            Unit("Ứng Hòa", "Ung Hoa District", UnitKind.RuralDistrict, 40, within: 1),
            Unit("Đống Đa", "Dong Da District", UnitKind.UrbanDistrict, 90, onTime: 1),
            Unit("Sơn Tây", "Son Tay Town", UnitKind.Town, 75, late: 1),
            Unit("Ba Vì", "Ba Vi District", UnitKind.RuralDistrict, 50, overdue: 1),
            Unit("Ba Đình", "Ba Dinh District", UnitKind.UrbanDistrict, 100, onTime: 1),
            Unit("Sở Y tế", "Department of Health", UnitKind.MemberAgency, 70, within: 1));

        Assert.Equal(["Q. Ba Đình", "Q. Đống Đa", "TX. Sơn Tây", "H. Ba Vì", "H. Ứng Hòa"], charts.DistrictSpec.Labels);
        var dataset = Assert.Single(charts.DistrictSpec.Datasets);
        Assert.Equal([1.0, 0.9, 0.75, 0.5, 0.4], dataset.Data);
        Assert.Equal(
            [ChartPalette.Blue, ChartPalette.Blue, ChartPalette.ReddishPurple, ChartPalette.BluishGreen, ChartPalette.BluishGreen],
            dataset.PointColours);
        Assert.Equal(ChartValueFormat.Percent, charts.DistrictSpec.ValueFormat);
        Assert.Equal(["Sở Y tế"], charts.AgencySpec.Labels);
    }

    [Fact]
    public void StatusChartStacksTheFourDeadlineStatusesPerUnitWithTheirNames()
    {
        using var culture = CultureScope.Use("en-US");

        var charts = Build(
            Unit("Ba Đình", "Ba Dinh District", UnitKind.UrbanDistrict, 80, onTime: 2, late: 1, within: 0, overdue: 3),
            Unit("Sở Y tế", "Department of Health", UnitKind.MemberAgency, 70, within: 4),
            Unit("Sở Tư pháp", "Department of Justice", UnitKind.MemberAgency, null));

        Assert.Equal(["Ba Dinh District (urban)", "Department of Health"], charts.StatusSpec.Labels);
        Assert.Equal(
            ["Completed on time", "Completed late", "In progress, within deadline", "Overdue"],
            charts.StatusSpec.Datasets.Select(d => d.Label));
        Assert.Equal([[2.0, 0], [1.0, 0], [0.0, 4], [3.0, 0]], charts.StatusSpec.Datasets.Select(d => d.Data.ToArray()));
        Assert.True(charts.StatusSpec.Stacked);
        Assert.Equal(
            [ChartPalette.CompletedOnTime, ChartPalette.CompletedLate, ChartPalette.InProgressWithinDeadline, ChartPalette.Overdue],
            charts.StatusSpec.Datasets.Select(d => d.Colour));
    }

    [Fact]
    public void TrendShowsSharesOfAllAssignmentsPerDate()
    {
        using var culture = CultureScope.Use("vi-VN");

        var trend = Build(Unit("Ba Đình", "Ba Dinh District", UnitKind.UrbanDistrict, 60, onTime: 1)).TrendSpec;

        Assert.Equal(["03/07/2018", "10/07/2018"], trend.Labels);
        Assert.Equal([[0.25, 0.5], [0.0, 0.25], [0.4, 0.6]], trend.Datasets.Select(d => d.Data.ToArray()));
        Assert.Equal(["Đã hoàn thành", "Quá hạn", "Tiến độ bình quân"], trend.Datasets.Select(d => d.Label));
    }

    [Fact]
    public void TheCaptionsNameTheAsOfDateAndThePeriodInTheReadersLanguage()
    {
        using var culture = CultureScope.Use("vi-VN");

        var captions = Build(Unit("Ba Đình", "Ba Dinh District", UnitKind.UrbanDistrict, 60, onTime: 1)).Captions;

        Assert.Equal("10/07/2018", captions.AsOf);
        Assert.Equal("Tình hình thực hiện nhiệm vụ đến ngày 10/07/2018", captions.KpiHeading);
        Assert.Equal("Số nhiệm vụ của từng đơn vị theo tình trạng, tính đến ngày 10/07/2018.", captions.StatusFormula);
        Assert.StartsWith("Tiến độ bình quân = tổng % tiến độ", captions.ProgressFormula, StringComparison.Ordinal);
        Assert.EndsWith("tính đến ngày 10/07/2018. Bấm vào cột hoặc tên để mở trang đơn vị.", captions.ProgressFormula, StringComparison.Ordinal);
        Assert.StartsWith("Theo tuần từ 01/01/2018 đến 10/07/2018:", captions.TrendFormula, StringComparison.Ordinal);
    }

    [Fact]
    public void EachHorizontalChartIsTallEnoughForItsBars()
    {
        var districts = Enumerable.Range(1, 30)
            .Select(i => Unit($"Huyện {i}", $"District {i}", UnitKind.RuralDistrict, 50, within: 1))
            .Append(Unit("Sở Y tế", "Department of Health", UnitKind.MemberAgency, 70, within: 1))
            .ToArray();

        var charts = Build(districts);

        Assert.Equal("720px", charts.DistrictHeight);
        Assert.Equal("200px", charts.AgencyHeight);
        Assert.Equal("742px", charts.StatusHeight);
    }
}
