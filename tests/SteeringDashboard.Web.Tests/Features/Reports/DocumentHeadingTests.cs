using Bunit;
using SteeringDashboard.Web.Features.Reports;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Reports;

/// <summary>The place and date line of the printed documents, as Decree 30/2020/NĐ-CP writes it in Vietnamese.</summary>
public sealed class DocumentHeadingTests : BunitContext
{
    public DocumentHeadingTests() => this.AddSteeringDefaults();

    [Theory]
    [InlineData("vi-VN", 2018, 7, 12, "Hà Nội, ngày 12 tháng 7 năm 2018")]
    [InlineData("vi-VN", 2021, 2, 5, "Hà Nội, ngày 05 tháng 02 năm 2021")]
    [InlineData("vi-VN", 2019, 1, 31, "Hà Nội, ngày 31 tháng 01 năm 2019")]
    [InlineData("vi-VN", 2018, 12, 9, "Hà Nội, ngày 09 tháng 12 năm 2018")]
    [InlineData("vi-VN", 2018, 3, 10, "Hà Nội, ngày 10 tháng 3 năm 2018")]
    [InlineData("en-US", 2021, 2, 5, "Ha Noi, 05/02/2021")]
    [InlineData("en-US", 2018, 12, 9, "Ha Noi, 09/12/2018")]
    public void TheDateLineHasALeadingZeroOnlyForDaysBelowTenAndForJanuaryAndFebruary(string culture, int year, int month, int day, string expected)
    {
        using var scope = CultureScope.Use(culture);

        var heading = Render<DocumentHeading>(p => p.Add(x => x.Date, new DateOnly(year, month, day)));

        Assert.Equal(expected, heading.Find("[data-testid=document-date]").TextContent.Trim());
        Assert.Empty(heading.FindAll("[data-testid=document-number]"));
    }
}
