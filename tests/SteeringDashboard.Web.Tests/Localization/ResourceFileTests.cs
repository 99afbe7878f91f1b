using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Localization;

public sealed class ResourceFileTests
{
    public static TheoryData<string> NeutralResources() =>
        new(SourceTree.SourceFiles(SourceTree.WebProject, "*.resx")
            .Where(file => !ResxFile.IsVietnamese(file))
            .Select(file => Path.GetRelativePath(SourceTree.WebProject.FullName, file.FullName).Replace('\\', '/')));

    [Fact]
    public void EveryResourceComesAsAnEnglishAndVietnamesePair()
    {
        var files = SourceTree.SourceFiles(SourceTree.WebProject, "*.resx").ToList();
        Assert.NotEmpty(files);

        var unpaired = files
            .GroupBy(file => Path.Combine(file.DirectoryName!, ResxFile.BaseNameOf(file)))
            .Where(pair => pair.Count() != 2 || pair.Count(ResxFile.IsVietnamese) != 1)
            .Select(pair => string.Join(" + ", pair.Select(SourceTree.RelativePath)))
            .ToList();

        Assert.True(unpaired.Count == 0, "Each X.resx needs exactly one X.vi.resx beside it; unpaired: " + string.Join("; ", unpaired));
    }

    [Theory]
    [MemberData(nameof(NeutralResources))]
    public void VietnameseHasExactlyTheEnglishKeys(string neutralPath)
    {
        var (neutral, vietnamese) = LoadPair(neutralPath);

        var missing = neutral.Entries.Keys.Except(vietnamese.Entries.Keys).Order(StringComparer.Ordinal).ToList();
        var extra = vietnamese.Entries.Keys.Except(neutral.Entries.Keys).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, $"{SourceTree.RelativePath(vietnamese.File)} lacks keys: {string.Join(", ", missing)}");
        Assert.True(extra.Count == 0, $"{SourceTree.RelativePath(vietnamese.File)} has keys that {neutralPath} lacks: {string.Join(", ", extra)}");
    }

    [Theory]
    [MemberData(nameof(NeutralResources))]
    public void NoValueIsEmpty(string neutralPath)
    {
        var (neutral, vietnamese) = LoadPair(neutralPath);

        var empty = new[] { neutral, vietnamese }
            .SelectMany(resx => resx.Entries
                .Where(entry => string.IsNullOrWhiteSpace(entry.Value))
                .Select(entry => $"{SourceTree.RelativePath(resx.File)}: {entry.Key}"))
            .ToList();

        Assert.True(empty.Count == 0, "Empty values: " + string.Join("; ", empty));
    }

    [Theory]
    [MemberData(nameof(NeutralResources))]
    public void MarkerClassResolvesEveryValueInBothLanguages(string neutralPath)
    {
        var (neutral, vietnamese) = LoadPair(neutralPath);
        var marker = Assert.Single(
            typeof(Program).Assembly.GetTypes(),
            type => type.Name == neutral.BaseName && type.Namespace?.StartsWith("SteeringDashboard.Web", StringComparison.Ordinal) == true);
        var localizer = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)
            .Create(marker);

        foreach (var (culture, resx) in new[] { ("en-US", neutral), ("vi-VN", vietnamese) })
        {
            using var scope = CultureScope.Use(culture);
            foreach (var (key, value) in resx.Entries)
            {
                var text = localizer[key];
                Assert.False(text.ResourceNotFound, $"{marker.FullName} does not find {key} ({culture}): is the marker in the namespace that matches its folder?");
                Assert.True(value == text.Value, $"{marker.FullName}[{key}] under {culture} is '{text.Value}', {SourceTree.RelativePath(resx.File)} says '{value}'");
            }
        }
    }

    private static (ResxFile Neutral, ResxFile Vietnamese) LoadPair(string neutralPath)
    {
        var neutral = new FileInfo(Path.Combine(SourceTree.WebProject.FullName, neutralPath));
        var vietnamese = new FileInfo(Path.ChangeExtension(neutral.FullName, ".vi.resx"));
        Assert.True(vietnamese.Exists, $"{neutralPath} has no Vietnamese file {vietnamese.Name} beside it");
        return (ResxFile.Load(neutral), ResxFile.Load(vietnamese));
    }
}
