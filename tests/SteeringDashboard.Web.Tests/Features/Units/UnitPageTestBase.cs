using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Dashboard;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Units;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Units;

/// <summary>The unit page rendered over the seeded demo database, as a committee member unless a test signs in someone else.</summary>
public abstract class UnitPageTestBase : SeededPageContext
{
    /// <summary>The plan's default as-of date: the months ended by it are January to June 2018.</summary>
    protected static readonly DateOnly AsOf = new(2018, 7, 10);

    protected UnitPageTestBase(SeededDatabase database)
        : base(database)
    {
        Database = database;
        // A reader who sees every figure exactly; the privacy tests sign in someone else.
        this.SignInAs(Reader(SteeringRole.CommitteeMember, unitId: null));
    }

    protected SeededDatabase Database { get; }

    protected async Task<int> UnitIdAsync(string code)
    {
        var plan = await PlanAsync();
        return (await Services.GetRequiredService<AssignmentQueries>().ListAsync(new PlanFilter(plan.Id, AsOf), Cancellation))
            .First(r => r.UnitCode == code).UnitId;
    }

    protected async Task<IRenderedComponent<UnitPage>> RenderUnitAsync(string code, DateOnly asOf, string moreQuery = "")
    {
        var plan = await PlanAsync();
        Render<MudPopoverProvider>();
        Services.GetRequiredService<NavigationManager>()
            .NavigateTo($"/units/{code}?plan={plan.Id}&asof={asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{moreQuery}");
        var page = Render<UnitPage>(parameters => parameters.Add(p => p.Code, code));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("h1")), LoadTimeout);
        return page;
    }

    protected static Actor Reader(SteeringRole role, int? unitId) => new($"user-{role}", role.ToString().ToLowerInvariant(), $"Test {role}", role, unitId);

    protected static string Text(IElement element) => element.TextContent.Trim();
}
