using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Web.Tests.Localization;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Conferences.Commendations;

/// <summary>The commendation screen shows these enums as <c>L[$"{nameof(Enum)}.{value}"]</c>, keys no literal-key check can see.</summary>
public sealed class CommendationTextTests
{
    [Theory]
    [InlineData(typeof(CommendationState), "")]
    [InlineData(typeof(NomineeKind), "")]
    [InlineData(typeof(CommendationForm), "")]
    [InlineData(typeof(ResultKind), "")]
    [InlineData(typeof(ResultKind), "NoOptions.")]
    [InlineData(typeof(CommendationError), "Error.")]
    public void CommendationTextNamesEveryValue(Type enumType, string prefix)
    {
        var resource = SourceTree.SourceFiles(SourceTree.WebProject, "CommendationText.resx").Single();
        var keys = ResxFile.Load(resource).Entries.Keys;
        var name = prefix.Length > 0 ? prefix : enumType.Name + ".";

        var missing = Enum.GetNames(enumType).Select(value => name + value).Where(key => !keys.Contains(key)).ToList();

        Assert.True(missing.Count == 0, $"{SourceTree.RelativePath(resource)} lacks keys: {string.Join(", ", missing)}");
    }
}
