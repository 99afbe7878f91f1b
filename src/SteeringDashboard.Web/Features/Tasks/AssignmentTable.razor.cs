using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Components.Shared;
using SteeringDashboard.Web.Features.Plans;
using SteeringDashboard.Web.Security;

namespace SteeringDashboard.Web.Features.Tasks;

/// <summary>
/// The assignments in a grid with search, pickers for task, section, unit and deadline status, and grouping by task or unit;
/// an actions column with the edit buttons for a signed-in person who may update some unit's assignments.
/// </summary>
public partial class AssignmentTable
{
    private const int DefaultRowsPerPage = 50;
    private static readonly int[] PageSizes = [25, DefaultRowsPerPage, 100, int.MaxValue];

    private readonly string _groupingLabelId = $"grouping-{Guid.NewGuid():N}";
    private AssignmentListFilter _filter = new();
    private AssignmentGrouping _grouping = AssignmentGrouping.None;
    private int _pagedRowsPerPage = DefaultRowsPerPage;
    private MudDataGrid<AssignmentRow>? _grid;
    private int? _appliedTaskNumber;
    private IReadOnlyList<AssignmentRow>? _sourceRows;
    private IReadOnlyList<AssignmentRow> _ordered = [];
    private IReadOnlyList<AssignmentRow> _visible = [];
    private IReadOnlyList<int> _taskNumbers = [];
    private IReadOnlyList<PlanSection> _sections = [];
    private IReadOnlyList<(int Id, string Name)> _units = [];
    private IComparer<object> _nameComparer = Comparer<object>.Default;
    private Dictionary<string, object> _tableAttributes = [];
    private bool _mayEditSome;

    [Inject]
    private CurrentUser User { get; set; } = default!;

    /// <summary>The assignments of the plan selection, as loaded.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<AssignmentRow> Rows { get; set; } = [];

    /// <summary>The plan selection the rows belong to; unit links carry it on.</summary>
    [Parameter, EditorRequired]
    public PlanSelection Selection { get; set; } = default!;

    /// <summary>A task number to filter on, as the page's query names it; applied when it changes.</summary>
    [Parameter]
    public int? TaskNumber { get; set; }

    private string RowCountText
    {
        get
        {
            var shown = _visible.Count.ToString("N0", CultureInfo.CurrentCulture);
            return _visible.Count == Rows.Count
                ? Text["RowCount", shown]
                : Text["RowCountFiltered", shown, Rows.Count.ToString("N0", CultureInfo.CurrentCulture)];
        }
    }

    protected override async Task OnInitializedAsync() =>
        _mayEditSome = await User.GetAsync() is { } actor && Permissions.AllowsSome(actor.Role, SteeringAction.UpdateAssignment);

    protected override void OnParametersSet()
    {
        if (TaskNumber is { } task && task != _appliedTaskNumber)
        {
            _appliedTaskNumber = task;
            _filter = _filter with { TaskNumber = task };
        }

        if (!ReferenceEquals(Rows, _sourceRows))
        {
            _sourceRows = Rows;
            Prepare();
        }

        _visible = _filter.Apply(_ordered);
    }

    /// <summary>Orders the rows and derives the picker options from them, once per load.</summary>
    private void Prepare()
    {
        var names = Bilingual.NameComparer;
        _nameComparer = Comparer<object>.Create((x, y) => names.Compare(x as string, y as string));
        _taskNumbers = Rows.Select(r => r.TaskNumber).Distinct().Order().ToList();
        _sections = Rows.Select(r => r.Section).Distinct().Order().ToList();
        _units = Rows
            .Select(r => (Id: r.UnitId, Name: UnitName(r)))
            .Distinct()
            .OrderBy(u => u.Name, names)
            .ToList();
        _tableAttributes = new() { ["aria-label"] = Text["TableLabel"].Value };

        // A unit or task that the new selection no longer has would silently empty the grid.
        _filter = _filter with
        {
            TaskNumber = _filter.TaskNumber is { } task && _taskNumbers.Contains(task) ? task : null,
            Section = _filter.Section is { } section && _sections.Contains(section) ? section : null,
            UnitId = _filter.UnitId is { } unit && _units.Any(u => u.Id == unit) ? unit : null,
        };
        Order();
    }

    /// <summary>Rows by task then unit; by unit then task when grouped by unit, so that the groups come in name order.</summary>
    private void Order()
    {
        var names = Bilingual.NameComparer;
        _ordered = _grouping == AssignmentGrouping.Unit
            ? Rows.OrderBy(UnitName, names).ThenBy(r => r.TaskNumber).ToList()
            : Rows.OrderBy(r => r.TaskNumber).ThenBy(UnitName, names).ToList();
    }

    private void SearchChanged(string? search) => SetFilter(_filter with { Search = search });

    private void TaskChanged(int? task) => SetFilter(_filter with { TaskNumber = task });

    private void SectionChanged(PlanSection? section) => SetFilter(_filter with { Section = section });

    private void UnitChanged(int? unit) => SetFilter(_filter with { UnitId = unit });

    private void StatusChanged(DeadlineStatus? status) => SetFilter(_filter with { Status = status });

    private void ClearFilters() => SetFilter(new AssignmentListFilter());

    private async Task GroupingChanged(AssignmentGrouping grouping)
    {
        if (grouping == _grouping || _grid is null)
        {
            return;
        }

        // The grid groups the rows of one page only, so a grouped grid shows every row on one page.
        if (_grouping == AssignmentGrouping.None)
        {
            _pagedRowsPerPage = _grid.RowsPerPage;
        }

        _grouping = grouping;
        Order();
        _visible = _filter.Apply(_ordered);
        await _grid.SetRowsPerPageAsync(grouping == AssignmentGrouping.None ? _pagedRowsPerPage : int.MaxValue);
    }

    private void SetFilter(AssignmentListFilter filter)
    {
        _filter = filter;
        _visible = _filter.Apply(_ordered);
    }

    private static string SectionNumeral(PlanSection section) => RomanNumeral.From((int)section);

    private static string TaskText(AssignmentRow row) => Bilingual.Pick(row.TaskTextVi, row.TaskTextEn);

    private static string UnitName(AssignmentRow row) => Bilingual.Pick(row.UnitNameVi, row.UnitNameEn);

    private string UnitHref(AssignmentRow row) => $"/units/{Uri.EscapeDataString(row.UnitCode)}{Selection.ToQueryString()}";

    private static string Percent(int progress) => (progress / 100d).ToString("P0", CultureInfo.CurrentCulture);
}
