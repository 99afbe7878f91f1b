using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Web.Features.Conferences.Workspace;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Conferences.Workspace;

/// <summary>The demo mid-year conference's workspace, on a database of its own, with the agenda's script module stubbed.</summary>
public abstract class ConferencePageTestBase : DatabasePageContext, IAsyncLifetime
{
    private const string ModulePath = "./Features/Conferences/Workspace/AgendaSection.razor.js";

    protected static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(10);

    protected IRenderedComponent<ConferencePage> Page { get; private set; } = default!;

    protected BunitJSModuleInterop Module { get; private set; } = default!;

    protected int ConferenceId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Module = JSInterop.SetupModule(ModulePath);
        Module.SetupVoid("enableAgendaDrag", _ => true).SetVoidResult();
        Module.SetupVoid("focusElement", _ => true).SetVoidResult();
        Module.SetupVoid("dispose").SetVoidResult();
        await UseDatabaseAsync(new SeedOptions());
        ConferenceId = Assert.Single(await Services.GetRequiredService<ConferenceQueries>().ListAsync(Cancellation)).Id;
    }

    protected void RenderPage()
    {
        Render<MudPopoverProvider>();
        Page = Render<ConferencePage>(p => p.Add(c => c.Id, ConferenceId));
        Page.WaitForElement("[data-testid=agenda]", Timeout);
    }

    protected List<string> Titles() =>
        [.. Page.FindAll("[data-testid=agenda-row] th").Select(th => th.TextContent.Trim())];
}
