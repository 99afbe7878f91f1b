using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SteeringDashboard.Web.Localization;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Localization;

public sealed class ResourceMudLocalizerTests
{
    private static MudLocalizer Localizer() =>
        new ServiceCollection().AddLogging().AddLocalization().AddTransient<MudLocalizer, ResourceMudLocalizer>()
            .BuildServiceProvider().GetRequiredService<MudLocalizer>();

    [Theory]
    [InlineData("vi-VN", "MudDataGridPager_RowsPerPage", "Số dòng mỗi trang:")]
    [InlineData("vi-VN", "MudDataGrid_Sort", "Sắp xếp")]
    [InlineData("en-US", "MudDataGridPager_RowsPerPage", "Rows per page:")]
    public void GivesMudBlazorsLabelsInTheCurrentLanguage(string culture, string key, string expected)
    {
        using var scope = CultureScope.Use(culture);

        var label = Localizer()[key];

        Assert.False(label.ResourceNotFound);
        Assert.Equal(expected, label.Value);
    }

    [Fact]
    public void AKeyItDoesNotKnowFallsBackToMudBlazorsOwnText()
    {
        using var scope = CultureScope.Use("vi-VN");

        Assert.True(Localizer()["MudColorPicker_HueSlider"].ResourceNotFound);
    }
}
