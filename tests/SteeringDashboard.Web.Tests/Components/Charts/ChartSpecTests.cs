using System.Text.Json;
using SteeringDashboard.Web.Components.Charts;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Components.Charts;

public class ChartSpecTests
{
    private static ChartSpec Spec(IReadOnlyList<string> labels, IReadOnlyList<double?> data) => new()
    {
        Labels = labels,
        Datasets = [new ChartDataset("Overdue", data, ChartPalette.Overdue)],
        Locale = "vi-VN",
    };

    [Fact]
    public void EqualWhenSeparateListsHoldTheSameContents()
    {
        var first = Spec(new List<string> { "Ba Đình", "Hoàn Kiếm" }, new List<double?> { 3, 5 });
        var second = Spec(new List<string> { "Ba Đình", "Hoàn Kiếm" }, new List<double?> { 3, 5 });

        Assert.Equal(first, second);
        Assert.True(first == second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void NotEqualWhenAValueDiffers()
    {
        var first = Spec(["Ba Đình", "Hoàn Kiếm"], [3, 5]);
        var second = Spec(["Ba Đình", "Hoàn Kiếm"], [3, 6]);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void NotEqualWhenALabelDiffers()
    {
        var first = Spec(["Ba Đình", "Hoàn Kiếm"], [3, 5]);
        var second = Spec(["Ba Đình", "Tây Hồ"], [3, 5]);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void NotEqualWhenAnOptionDiffers()
    {
        var first = Spec(["Ba Đình"], [3]);

        Assert.NotEqual(first, first with { Stacked = true });
        Assert.NotEqual(first, first with { AxisMax = 10 });
        Assert.NotEqual(first, first with { Kind = ChartKind.Line });
    }

    [Fact]
    public void KeepsASnapshotOfTheCallersLists()
    {
        var labels = new List<string> { "Ba Đình" };
        var data = new List<double?> { 3 };
        var spec = Spec(labels, data);

        labels[0] = "Tây Hồ";
        data[0] = 4;

        Assert.Equal(["Ba Đình"], spec.Labels);
        Assert.Equal([3d], spec.Datasets[0].Data);
        Assert.NotEqual(spec, Spec(labels, data));
    }

    [Fact]
    public void LocaleDefaultsToTheCurrentCulture()
    {
        using var culture = CultureScope.Use("vi-VN");

        var spec = new ChartSpec { Labels = [], Datasets = [] };

        Assert.Equal("vi-VN", spec.Locale);
    }

    [Theory]
    [InlineData("vi-VN", ChartValueFormat.Number, 1234, "1.234")]
    [InlineData("vi-VN", ChartValueFormat.Percent, 0.986, "98,6%")]
    [InlineData("en-US", ChartValueFormat.Number, 1234, "1,234")]
    [InlineData("en-US", ChartValueFormat.Percent, 0.986, "98.6%")]
    public void FormatsValuesInTheSpecsLocale(string locale, ChartValueFormat format, double value, string expected)
    {
        var spec = new ChartSpec { Labels = [], Datasets = [], ValueFormat = format, Locale = locale };

        Assert.Equal(expected, spec.FormatValue(value));
    }

    [Fact]
    public void SerializesToTheShapeTheChartModuleReads()
    {
        var spec = new ChartSpec
        {
            Kind = ChartKind.Line,
            Labels = ["Q1"],
            Datasets = [new ChartDataset("Progress", [0.5], ChartPalette.Blue, "a")],
            ValueFormat = ChartValueFormat.Percent,
            AxisMax = 1,
            Locale = "vi-VN",
        };

        var json = JsonDocument.Parse(spec.Json).RootElement;

        Assert.Equal("Line", json.GetProperty("kind").GetString());
        Assert.Equal("Percent", json.GetProperty("valueFormat").GetString());
        Assert.Equal("Q1", json.GetProperty("labels")[0].GetString());
        Assert.Equal(1, json.GetProperty("axisMax").GetDouble());
        Assert.Equal("vi-VN", json.GetProperty("locale").GetString());
        var dataset = json.GetProperty("datasets")[0];
        Assert.Equal("Progress", dataset.GetProperty("label").GetString());
        Assert.Equal(0.5, dataset.GetProperty("data")[0].GetDouble());
        Assert.Equal(ChartPalette.Blue, dataset.GetProperty("colour").GetString());
        Assert.Equal("a", dataset.GetProperty("stack").GetString());
    }

    [Fact]
    public void ALeftOutValueIsSentAsNullWithTheTextThatStandsForIt()
    {
        var spec = new ChartSpec
        {
            Labels = ["Victims rescued", "Cases detected"],
            Datasets = [new ChartDataset("Reported", [null, 12], ChartPalette.Blue, HiddenTexts: ["< 5", null])],
            HiddenNote = "Figures below 5 are hidden to protect victims",
        };

        var json = JsonDocument.Parse(spec.Json).RootElement;

        var dataset = json.GetProperty("datasets")[0];
        Assert.Equal(JsonValueKind.Null, dataset.GetProperty("data")[0].ValueKind);
        Assert.Equal(12, dataset.GetProperty("data")[1].GetDouble());
        Assert.Equal("< 5", dataset.GetProperty("hiddenTexts")[0].GetString());
        Assert.Equal("Figures below 5 are hidden to protect victims", json.GetProperty("hiddenNote").GetString());
    }

    [Fact]
    public void IsSerializedOnceHoweverManyCircuitsSendIt()
    {
        var spec = Spec(["Ba Đình", "Hoàn Kiếm"], [3, 5]);

        // What each circuit renders: the same string, made once, with the contents of any equal spec.
        Assert.Same(spec.Json, spec.Json);
        Assert.Equal(Spec(["Ba Đình", "Hoàn Kiếm"], [3, 5]).Json, spec.Json);
        Assert.Equal("Ba Đình", JsonDocument.Parse(spec.Json).RootElement.GetProperty("labels")[0].GetString());
    }

    [Fact]
    public void ACopyWithOtherDataIsSerializedWithItsOwnData()
    {
        var spec = Spec(["Ba Đình"], [3]);
        _ = spec.Json;

        var copy = spec with { Datasets = [new ChartDataset("Overdue", [4], ChartPalette.Overdue)], Stacked = true };

        var json = JsonDocument.Parse(copy.Json).RootElement;
        Assert.Equal(4, json.GetProperty("datasets")[0].GetProperty("data")[0].GetDouble());
        Assert.True(json.GetProperty("stacked").GetBoolean());
        Assert.Equal(3, JsonDocument.Parse(spec.Json).RootElement.GetProperty("datasets")[0].GetProperty("data")[0].GetDouble());
    }

    [Fact]
    public void NotEqualWhenAHiddenTextDiffers()
    {
        ChartSpec WithText(string text) => new()
        {
            Labels = ["Victims rescued"],
            Datasets = [new ChartDataset("Reported", [null], ChartPalette.Blue, HiddenTexts: [text])],
        };

        Assert.Equal(WithText("< 5"), WithText("< 5"));
        Assert.NotEqual(WithText("< 5"), WithText("hidden"));
    }
}
