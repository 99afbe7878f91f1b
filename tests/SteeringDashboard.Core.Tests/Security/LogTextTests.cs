using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Tests.Security;

public sealed class LogTextTests
{
    [Theory]
    [InlineData("admin\r\n2026-12-04 [INF] Audit SignInSucceeded by admin", "admin\\u000D\\u000A2026-12-04 [INF] Audit SignInSucceeded by admin")]
    [InlineData("tab\there", "tab\\u0009here")]
    [InlineData("line\u2028separator", "line\\u2028separator")]
    [InlineData("bidi\u202Eeman", "bidi\\u202Eeman")]
    [InlineData("escape\u001B[31m", "escape\\u001B[31m")]
    public void ControlAndSeparatorCharactersAreWrittenAsEscapes(string typed, string logged)
    {
        Assert.Equal(logged, LogText.Safe(typed));
    }

    [Theory]
    [InlineData("reporter.badinh")]
    [InlineData("Nguyễn Văn An")]
    [InlineData(null)]
    public void OrdinaryTextIsUnchanged(string? typed)
    {
        Assert.Equal(typed, LogText.Safe(typed));
    }
}
