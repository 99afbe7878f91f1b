using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Core.Units;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Localization;

/// <summary>Screens show these enums as <c>S[$"{nameof(Enum)}.{value}"]</c>, a key no literal-key check can see.</summary>
public sealed class EnumResourceTests
{
    [Theory]
    [InlineData(typeof(DeadlineStatus))]
    [InlineData(typeof(AssignmentState))]
    [InlineData(typeof(UnitKind))]
    [InlineData(typeof(ProgrammeCode))]
    [InlineData(typeof(PlanSection))]
    [InlineData(typeof(SteeringRole))]
    public void SharedTextNamesEveryValue(Type enumType)
    {
        var sharedText = SourceTree.SourceFiles(SourceTree.WebProject, "SharedText.resx").Single();
        var keys = ResxFile.Load(sharedText).Entries.Keys;

        var missing = Enum.GetNames(enumType)
            .Select(name => $"{enumType.Name}.{name}")
            .Where(key => !keys.Contains(key))
            .ToList();

        Assert.True(missing.Count == 0, $"{SourceTree.RelativePath(sharedText)} lacks keys: {string.Join(", ", missing)}");
    }
}
