using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SteeringDashboard.Core;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.TestSupport;
using SteeringDashboard.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SteeringDashboard.Web.Tests.Browser;

/// <summary>
/// A figure someone else's save changed glows on the open dashboard and fades back by itself in the browser, with or without
/// reduced motion; the next change glows again. The server renders each change once and nothing to end the glow.
/// </summary>
public sealed class ChangeHighlightBrowserTests(LiveSteeringApp app, BrowserFixture browser) : IClassFixture<LiveSteeringApp>
{
    /// <summary>
    /// The highlighted element's animation (its own, or that of its glow layer, the <c>::before</c> behind it) and colours,
    /// read in one go so that they belong to the same moment.
    /// </summary>
    private const string ReadHighlight = """
        element => {
            const animation = element.getAnimations({ subtree: true })[0];
            const style = getComputedStyle(element);
            const glow = getComputedStyle(element, '::before');
            return {
                name: animation ? animation.animationName : null,
                target: animation ? (animation.effect.pseudoElement ?? '') : null,
                running: animation ? animation.playState === 'running' : false,
                duration: animation ? animation.effect.getTiming().duration : null,
                background: style.backgroundColor,
                outline: style.outlineColor,
                glowColour: glow.content === 'none' ? null : glow.backgroundColor,
                glowOpacity: glow.opacity,
            };
        }
        """;

    /// <summary>Whether an animation runs on the element or on its glow layer.</summary>
    private const string Animates = "element => element.getAnimations({ subtree: true }).length > 0";

    private const string Transparent = "rgba(0, 0, 0, 0)";

    // The keyframes' names as the scoped stylesheet renames them ("value-changed-b-1a2b3c").
    private const string GlowAnimation = "^value-changed(-b-[a-z0-9]+)?$";
    private const string OutlineAnimation = "^value-changed-outline(-b-[a-z0-9]+)?$";

    [Fact]
    public async Task AChangedFigureGlowsFadesBackByItselfAndGlowsAgainAtTheNextChange()
    {
        var cancellation = Xunit.TestContext.Current.CancellationToken;
        await using var context = await app.NewSignedInContextAsync(browser, "en-US");
        var page = await context.NewPageAsync();
        await page.GotoInteractiveAsync("/");
        var changed = page.Locator(".kpi-value .value-changed");
        await Expect(changed).ToHaveCountAsync(0);

        await SaveProgressAsync(cancellation);

        var glowing = changed.First;
        var during = await glowing.EvaluateAsync<Highlight>(ReadHighlight);
        Assert.Matches(GlowAnimation, during.Name);
        // The glow is a layer behind the figure whose opacity fades, which the compositor animates without repainting.
        Assert.Equal("::before", during.Target);
        Assert.Equal(3000, during.Duration);
        Assert.Equal("rgb(255, 243, 196)", during.GlowColour);
        Assert.Equal(Transparent, during.Background);
        await changed.EvaluateAllAsync<int>("elements => { elements.forEach(element => { element.dataset.seen = 'yes'; }); return elements.length; }");
        await page.WaitForFunctionAsync($"element => !({Animates})(element)", await glowing.ElementHandleAsync());
        var after = await glowing.EvaluateAsync<Highlight>(ReadHighlight);
        Assert.Equal("0", after.GlowOpacity);
        Assert.Equal(Transparent, after.Background);

        await SaveProgressAsync(cancellation);

        await Expect(page.Locator(".kpi-value .value-changed:not([data-seen])")).Not.ToHaveCountAsync(0);
        Assert.Matches(GlowAnimation, (await page.Locator(".kpi-value .value-changed:not([data-seen])").First.EvaluateAsync<Highlight>(ReadHighlight)).Name);
    }

    [Fact]
    public async Task WithReducedMotionAChangedFigureIsOutlinedWithoutAnimationAndTheOutlineGoesByItself()
    {
        var cancellation = Xunit.TestContext.Current.CancellationToken;
        await using var context = await app.NewSignedInContextAsync(browser, "en-US");
        var page = await context.NewPageAsync();
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        await page.GotoInteractiveAsync("/");

        await SaveProgressAsync(cancellation);

        var outlined = page.Locator(".kpi-value .value-changed").First;
        var during = await outlined.EvaluateAsync<Highlight>(ReadHighlight);
        Assert.Matches(OutlineAnimation, during.Name);
        Assert.Equal("", during.Target);
        Assert.Null(during.GlowColour);
        Assert.Equal(Transparent, during.Background);
        if (during.Running)
        {
            Assert.NotEqual(Transparent, during.Outline);
        }

        await page.WaitForFunctionAsync($"element => !({Animates})(element)", await outlined.ElementHandleAsync());
        Assert.Equal(Transparent, (await outlined.EvaluateAsync<Highlight>(ReadHighlight)).Outline);
    }

    /// <summary>
    /// Completes one of today's assignments, or reopens it when it is complete, through the service the edit dialog calls:
    /// the count of completed assignments changes either way.
    /// </summary>
    private async Task SaveProgressAsync(CancellationToken cancellation)
    {
        var today = HanoiTime.DateOf(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var plan = Assert.Single(await app.Services.GetRequiredService<PlanQueries>().ListAsync(cancellation));
        var rows = await app.Services.GetRequiredService<AssignmentQueries>().ListAsync(new PlanFilter(plan.Id, today), cancellation);
        var assignment = rows.Where(r => r.UnitCode == "HOAN-KIEM").OrderBy(r => r.TaskNumber).First();
        var updates = app.Services.GetRequiredService<AssignmentUpdateService>();
        var current = (await updates.LoadForEditAsync(assignment.AssignmentId, cancellation))!.Current;
        var caller = new Caller((await TestAccounts.CreateAsync(
            app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>(), SteeringRole.StandingAgency)).UserId);
        var edit = current.State == AssignmentState.Completed
            ? new AssignmentEdit(assignment.AssignmentId, current.Version, AssignmentState.InProgress, 50, CompletedOn: null, Note: "Reopened")
            : new AssignmentEdit(assignment.AssignmentId, current.Version, AssignmentState.Completed, 100, CompletedOn: today, Note: "Done");
        var outcome = await updates.UpdateAsync(
            edit,
            caller,
            cancellationToken: cancellation);
        Assert.IsType<EditOutcome.Saved>(outcome);
    }

    /// <summary>What <see cref="ReadHighlight"/> answers; Playwright fills it by its property names.</summary>
    private sealed class Highlight
    {
        public string? Name { get; set; }

        public bool Running { get; set; }

        public double? Duration { get; set; }

        public string Background { get; set; } = "";

        public string Outline { get; set; } = "";

        public string? Target { get; set; }

        public string? GlowColour { get; set; }

        public string GlowOpacity { get; set; } = "";
    }
}
