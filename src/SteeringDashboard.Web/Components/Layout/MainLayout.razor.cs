using Microsoft.AspNetCore.Components;
using SteeringDashboard.Web.Components.Shared;

namespace SteeringDashboard.Web.Components.Layout;

public partial class MainLayout
{
    private FriendlyErrorBoundary? _errorBoundary;
    private bool _drawerOpen = true;
    private bool _interactive;

    /// <summary>
    /// Whether any plan carries generated demo data; kept from prerendering so the notice does not
    /// vanish and come back while the circuit starts.
    /// </summary>
    [PersistentState]
    public bool? HasDemoData { get; set; }

    protected override async Task OnInitializedAsync()
    {
        HasDemoData ??= (await Plans.ListAsync()).Any(plan => plan.HasDemoData);
    }

    // A new page gets a fresh start even when the previous one had failed.
    protected override void OnParametersSet() => _errorBoundary?.Recover();

    // Prerendered buttons do nothing until the circuit is up; the data-interactive attribute tells
    // browser tests (and anyone else watching the DOM) that clicks now reach the server.
    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;
}
