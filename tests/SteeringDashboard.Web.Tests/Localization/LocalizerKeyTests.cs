using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Localization;

public sealed class LocalizerKeyTests : IDisposable
{
    private readonly DirectoryInfo _sample = Directory.CreateTempSubdirectory("steering-keys-");

    [Fact]
    public void EveryLiteralKeyExistsInTheResourceOfItsLocalizer()
    {
        var problems = LocalizerKeyScanner.FindProblems(SourceTree.WebProject);

        Assert.True(problems.Count == 0, "Missing resource keys:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void ReportsAMissingKeyOfAnInjectedLocalizerWithFileAndKey()
    {
        Write("Shared/SharedText.resx", Resx("Title"));
        Write("Pages/Report.razor", """
            @inject IStringLocalizer<SharedText> S
            <h1>@S["Title"]</h1>
            <p title="@S["Subtitle"]"></p>
            """);

        var problem = Assert.Single(LocalizerKeyScanner.FindProblems(_sample));

        Assert.Equal("Pages/Report.razor: S[\"Subtitle\"] is not a key of Shared/SharedText.resx", problem);
    }

    [Fact]
    public void ChecksCodeBehindAgainstTheLocalizerInjectedInItsRazorFile()
    {
        Write("Layout/LayoutText.resx", Resx("Menu"));
        Write("Layout/Shell.razor", "@inject IStringLocalizer<LayoutText> L\n<p>@L[\"Menu\"]</p>");
        Write("Layout/Shell.razor.cs", "partial class Shell { string Title => L[\"Heading\"]; }");

        var problem = Assert.Single(LocalizerKeyScanner.FindProblems(_sample));

        Assert.Equal("Layout/Shell.razor.cs: L[\"Heading\"] is not a key of Layout/LayoutText.resx", problem);
    }

    [Fact]
    public void ChecksConstructorAndPropertyLocalizersInCSharp()
    {
        Write("Reports/ReportText.resx", Resx("Due"));
        Write("Reports/ReportFormatter.cs", """
            sealed class ReportFormatter(IStringLocalizer<ReportText> text)
            {
                [Inject] private IStringLocalizer<ReportText> Labels { get; set; } = default!;
                string Due => text["Due"] + Labels["Late"];
            }
            """);

        var problem = Assert.Single(LocalizerKeyScanner.FindProblems(_sample));

        Assert.Equal("Reports/ReportFormatter.cs: Labels[\"Late\"] is not a key of Reports/ReportText.resx", problem);
    }

    [Fact]
    public void ReportsALocalizerWhoseResourceIsNotInTheTree()
    {
        Write("Pages/Plan.razor", "@inject IStringLocalizer<PlanText> P\n<h1>@P[\"Title\"]</h1>");

        var problem = Assert.Single(LocalizerKeyScanner.FindProblems(_sample));

        Assert.Equal("Pages/Plan.razor: P is IStringLocalizer<PlanText>, but no PlanText.resx is in the tree", problem);
    }

    public void Dispose() => _sample.Delete(recursive: true);

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_sample.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string Resx(params string[] keys) =>
        "<root>" + string.Concat(keys.Select(key => $"<data name=\"{key}\"><value>{key}</value></data>")) + "</root>";
}
