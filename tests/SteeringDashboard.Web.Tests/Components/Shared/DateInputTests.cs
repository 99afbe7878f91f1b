using Bunit;
using MudBlazor;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Components.Shared;

public sealed class DateInputTests : BunitContext
{
    private static readonly DateOnly ReviewDate = new(2018, 7, 10);

    private readonly List<DateOnly?> _reported = [];

    public DateInputTests() => this.AddSteeringDefaults();

    [Theory]
    [InlineData("vi-VN")]
    [InlineData("en-US")]
    public void ADateTypedAsDayMonthYearIsReportedInEitherLanguage(string cultureName)
    {
        using var culture = CultureScope.Use(cultureName);
        var field = RenderField(ReviewDate);

        field.Find("input").Change("30/06/2018");

        Assert.Equal([new DateOnly(2018, 6, 30)], _reported);
        Assert.Equal("dd/mm/yyyy", field.Find("input").GetAttribute("placeholder"));
    }

    [Fact]
    public void ANewDateFromTheParentIsShownWithoutBeingReportedAsTheUsersChoice()
    {
        using var culture = CultureScope.Use("vi-VN");
        var field = RenderField(ReviewDate);

        field.Render(p => p.Add(x => x.Value, new DateOnly(2018, 6, 30)));

        Assert.Empty(_reported);
        Assert.Equal("30/06/2018", field.Find("input").GetAttribute("value"));
    }

    [Theory]
    [InlineData("vi-VN", "Hãy chọn một ngày từ 01/01/2018 đến 31/07/2018.")]
    [InlineData("en-US", "Choose a date from 01/01/2018 to 31/07/2018.")]
    public void ATypedDateOutsideTheRangeIsRefusedWithTheRange(string cultureName, string message)
    {
        using var culture = CultureScope.Use(cultureName);
        var field = RenderField(ReviewDate);

        field.Find("input").Change("01/08/2018");

        Assert.Empty(_reported);
        Assert.Equal(message, field.Find("[role=alert]").TextContent);
    }

    private IRenderedComponent<DateInput> RenderField(DateOnly value)
    {
        Render<MudPopoverProvider>();
        return Render<DateInput>(p => p
            .Add(x => x.Label, "As of")
            .Add(x => x.Value, value)
            .Add(x => x.Min, new DateOnly(2018, 1, 1))
            .Add(x => x.Max, new DateOnly(2018, 7, 31))
            .Add(x => x.ValueChanged, (DateOnly? date) => _reported.Add(date)));
    }
}
