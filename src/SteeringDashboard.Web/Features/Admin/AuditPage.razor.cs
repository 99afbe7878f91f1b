using Microsoft.AspNetCore.Components;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Admin;

/// <summary>The audit log for administrators: filtered by event, user and Ha Noi dates, newest first, a page at a time.</summary>
public sealed partial class AuditPage
{
    private const string AllEvents = "";

    private string _event = AllEvents;
    private string? _user;
    private DateOnly? _from;
    private DateOnly? _to;
    private AuditLogPage? _page;
    private bool _forbidden;
    private int _loads;

    [Inject]
    private AuditQueries Audit { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync(0);

    private Task EventChangedAsync(string value)
    {
        _event = value;
        return LoadAsync(0);
    }

    private Task UserChangedAsync(string? value)
    {
        _user = value;
        return LoadAsync(0);
    }

    private Task FromChangedAsync(DateOnly? value)
    {
        _from = value;
        return LoadAsync(0);
    }

    private Task ToChangedAsync(DateOnly? value)
    {
        _to = value;
        return LoadAsync(0);
    }

    private Task ClearFiltersAsync()
    {
        (_event, _user, _from, _to) = (AllEvents, null, null, null);
        return LoadAsync(0);
    }

    private Task GoToAsync(int page) => LoadAsync(page);

    /// <summary>Loads a page for the filters as they are now; an answer that a later change overtook is dropped.</summary>
    private async Task LoadAsync(int page)
    {
        var load = ++_loads;
        var events = Enum.TryParse<AuditEvent>(_event, out var chosen) ? [chosen] : Array.Empty<AuditEvent>();
        var filter = new AuditFilter(events, _user, _from, _to, page);
        var result = await Audit.SearchAsync(await CurrentUser.CallerAsync(), filter);
        if (load != _loads)
        {
            return;
        }

        _page = result;
        _forbidden = result is null;
    }
}
