using SteeringDashboard.Web.Features.Tasks;

namespace SteeringDashboard.Web.Tests.Features.Tasks;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Ba Đình", "ba dinh")]
    [InlineData("ỨNG HÒA", "ung hoa")]
    [InlineData("  Hoàn   Kiếm ", "hoan kiem")]
    [InlineData("Đống Đa", "dong da")]
    public void FoldDropsCaseDiacriticsAndExtraSpace(string text, string folded)
    {
        Assert.Equal(folded, SearchText.Fold(text));
    }

    [Theory]
    [InlineData("ba dinh")]
    [InlineData("Ba Đình")]
    [InlineData("BA  ĐINH")]
    public void MatchesWhateverTheAccentsAndCase(string query)
    {
        Assert.True(SearchText.Matches("Quận Ba Đình", SearchText.Fold(query)));
    }

    [Fact]
    public void DoesNotMatchOtherNames()
    {
        Assert.False(SearchText.Matches("Ba Vì", SearchText.Fold("ba dinh")));
    }
}
