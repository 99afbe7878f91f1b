using System.Globalization;
using System.Text.RegularExpressions;
using SteeringDashboard.Web.Localization;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Localization;

public sealed partial class SupportedCulturesTests
{
    private static readonly DateTime Afternoon = new(2018, 7, 5, 14, 30, 15);

    [Theory]
    [InlineData(SupportedCultures.Vietnamese)]
    [InlineData(SupportedCultures.English)]
    public void DatesAndTimesReadTheSameInBothLanguages(string name)
    {
        var culture = SupportedCultures.Get(name);

        Assert.Equal(
            ("05/07/2018", "05/07/2018 14:30", "14:30", "05/07/2018 14:30:15"),
            (Afternoon.ToString("d", culture), Afternoon.ToString("g", culture), Afternoon.ToString("t", culture), Afternoon.ToString("G", culture)));
    }

    /// <summary>The app's one date field (Components/Shared/DateInput) is the only place a date picker or a native date input is written.</summary>
    [Fact]
    public void EveryDateFieldIsTheAppsDateInput()
    {
        var others = SourceTree.SourceFiles(SourceTree.WebProject, "*.razor")
            .Where(file => file.Name != "DateInput.razor" && OtherDateField().IsMatch(File.ReadAllText(file.FullName)))
            .Select(SourceTree.RelativePath);

        Assert.Empty(others);
    }

    [GeneratedRegex(@"<MudDatePicker\b|<InputDate\b|InputType\.Date\b|type=""date""|<MudDateRangePicker\b")]
    private static partial Regex OtherDateField();
}
