using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Components.Layout;

/// <summary>
/// The app's main menu: a link per section, those that need a permission only for the people who have it (checked with the
/// same policies as the pages), and the section of the current address marked as the current page.
/// </summary>
public sealed partial class MainNavigation
{
    /// <summary>A menu entry; a link needing <paramref name="Action"/> is shown only to those allowed it.</summary>
    public sealed record Link(string Href, string Icon, string TextKey, SteeringAction? Action = null)
    {
        public MarkupString IconMarkup => new(Icon);
    }

    public static IReadOnlyList<Link> Links { get; } =
    [
        new("/", Icons.Material.Filled.Dashboard, "NavDashboard"),
        new("/tasks", Icons.Material.Filled.Checklist, "NavTasks"),
        new("/plan", Icons.Material.Filled.Description, "NavPlan"),
        new("/activity", Icons.Material.Filled.History, "NavActivity"),
        new("/campaigns", Icons.Material.Filled.Campaign, "NavCampaigns"),
        new("/conference", Icons.Material.Filled.Groups, "NavConference"),
        new("/reports", Icons.Material.Filled.Summarize, "NavReports"),
        new("/reports/matrix", Icons.Material.Filled.GridOn, "NavReportMatrix"),
        new("/reports/reminders", Icons.Material.Filled.NotificationsActive, "NavReminders", SteeringAction.ChaseReports),
        new("/figures", Icons.Material.Filled.TableChart, "NavFigures"),
        new("/admin/users", Icons.Material.Filled.ManageAccounts, "NavUsers", SteeringAction.ManageUsers),
        new("/admin/audit", Icons.Material.Filled.Policy, "NavAuditLog", SteeringAction.ReadAuditLog),
    ];

    private IReadOnlyList<Link> _shown = [.. Links.Where(link => link.Action is null)];
    private Task<AuthenticationState>? _checkedFor;
    private Link? _current;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override void OnInitialized()
    {
        _current = CurrentOf(_shown, Navigation.Uri, Navigation.BaseUri);
        Navigation.LocationChanged += OnLocationChanged;
    }

    protected override async Task OnParametersSetAsync()
    {
        if (AuthenticationState is null || AuthenticationState == _checkedFor)
        {
            return;
        }

        _checkedFor = AuthenticationState;
        var user = (await AuthenticationState).User;
        var shown = new List<Link>(Links.Count);
        foreach (var link in Links)
        {
            if (link.Action is not { } action || (await Authorization.AuthorizeAsync(user, action.ToString())).Succeeded)
            {
                shown.Add(link);
            }
        }

        _shown = shown;
        _current = CurrentOf(_shown, Navigation.Uri, Navigation.BaseUri);
    }

    /// <summary>
    /// The entry whose section the address is in: the dashboard for the root address alone (with or without a query), any
    /// other entry for its own path and the paths under it, the longest such entry when several are (the report matrix, not
    /// the reports, for <c>/reports/matrix</c>).
    /// </summary>
    public static Link? CurrentOf(IEnumerable<Link> links, string uri, string baseUri)
    {
        var relative = uri.StartsWith(baseUri, StringComparison.OrdinalIgnoreCase) ? uri[baseUri.Length..] : "";
        var path = "/" + relative.Split('?', '#')[0].TrimEnd('/');
        return links.Where(link => link.Href == "/" ? path == "/" : IsIn(path, link.Href)).MaxBy(link => link.Href.Length);
    }

    private static bool IsIn(string path, string section) =>
        path.Equals(section, StringComparison.OrdinalIgnoreCase) || path.StartsWith(section + "/", StringComparison.OrdinalIgnoreCase);

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        var current = CurrentOf(_shown, e.Location, Navigation.BaseUri);
        if (current != _current)
        {
            _current = current;
            _ = InvokeAsync(StateHasChanged);
        }
    }

    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;
}
