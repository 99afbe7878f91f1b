using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Components.Shared;

public sealed class FriendlyErrorBoundaryTests : BunitContext
{
    private readonly FakeLogger<FriendlyErrorBoundary> _logger = new();

    public FriendlyErrorBoundaryTests()
    {
        this.AddSteeringDefaults();
        Services.AddSingleton<ILogger<FriendlyErrorBoundary>>(_logger);
    }

    [Fact]
    public void ShowsTheFriendlyMessageInsteadOfTheExceptionWhenTheContentThrows()
    {
        using var culture = CultureScope.Use("en-US");
        var failure = new Failure { Active = true };

        var cut = Render<FriendlyErrorBoundary>(p => p.AddChildContent<FailingContent>(c => c.Add(x => x.Failure, failure)));

        var alert = cut.Find("[role=alert]");
        Assert.Contains("This part of the page could not be shown.", alert.TextContent, StringComparison.Ordinal);
        Assert.Equal("Try again", alert.QuerySelector("button")?.TextContent.Trim());
        Assert.DoesNotContain(FailingContent.Detail, cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowsTheMessageInVietnameseUnderTheVietnameseInterface()
    {
        using var culture = CultureScope.Use("vi-VN");
        var failure = new Failure { Active = true };

        var cut = Render<FriendlyErrorBoundary>(p => p.AddChildContent<FailingContent>(c => c.Add(x => x.Failure, failure)));

        Assert.Contains("Không thể hiển thị phần này của trang.", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("Thử lại", cut.Find("button").TextContent.Trim());
    }

    [Fact]
    public void LogsTheExceptionAsAnError()
    {
        var failure = new Failure { Active = true };

        Render<FriendlyErrorBoundary>(p => p.AddChildContent<FailingContent>(c => c.Add(x => x.Failure, failure)));

        var record = _logger.LatestRecord;
        Assert.Equal(LogLevel.Error, record.Level);
        Assert.Equal(FailingContent.Detail, record.Exception?.Message);
    }

    [Fact]
    public void TryAgainRendersTheContentAgain()
    {
        var failure = new Failure { Active = true };
        var cut = Render<FriendlyErrorBoundary>(p => p.AddChildContent<FailingContent>(c => c.Add(x => x.Failure, failure)));

        failure.Active = false;
        cut.Find("button").Click();

        Assert.Equal("Content shown", cut.Find("p").TextContent);
    }

    private sealed class Failure
    {
        public bool Active { get; set; }
    }

    private sealed class FailingContent : ComponentBase
    {
        public const string Detail = "Secret detail of the failure";

        [Parameter, EditorRequired]
        public Failure Failure { get; set; } = default!;

        protected override void OnParametersSet()
        {
            if (Failure.Active)
            {
                throw new InvalidOperationException(Detail);
            }
        }

        protected override void BuildRenderTree(RenderTreeBuilder builder) =>
            builder.AddMarkupContent(0, "<p>Content shown</p>");
    }
}
