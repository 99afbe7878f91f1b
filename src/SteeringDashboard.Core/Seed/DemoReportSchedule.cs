using System.Globalization;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Reports;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Seed;

/// <summary>
/// The demo reporting schedule of Plan 127/KH-BCD: the Day's results report, the first-half review report and the monthly
/// figures reports of 01–07/2018, and the units' submissions. The plan's text only says that member agencies "report to the
/// standing agency"; every period, cut-off and due date here is a demo stand-in (the plan is marked as having demo data).
/// Read as of 31/07/2018, the matrix has reports received on time, late, returned and resubmitted, returned and not yet
/// resubmitted, and missing; the July report is not yet due. A report's figures are the unit's monthly figures summed over
/// the report's months, so that they agree with the dashboard. Deterministic: a random generator of its own, so that
/// adding the schedule changed none of the other demo data.
/// </summary>
internal sealed class DemoReportSchedule(SteeringDbContext db, IReadOnlyDictionary<int, double> performance)
{
    private const string DemoMark = " (dữ liệu mẫu)";

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Cells pinned so that the demo always shows each state (and leaves one report for a reporter to submit).</summary>
    private static readonly Dictionary<(string ReportCode, string UnitCode), Outcome> Pinned = new()
    {
        [(DemoReports.DayResultsCode, DemoReports.UnsubmittedDayResultsUnitCode)] = Outcome.Missing,
        [(DemoReports.FirstHalfReviewCode, "BA-DINH")] = Outcome.OnTime,
        [(DemoReports.FirstHalfReviewCode, "HOAN-KIEM")] = Outcome.ReturnedAndResubmitted,
        [(DemoReports.FirstHalfReviewCode, "CAU-GIAY")] = Outcome.Corrected,
        [(DemoReports.FirstHalfReviewCode, "PHU-XUYEN")] = Outcome.Late,
        [(DemoReports.FirstHalfReviewCode, "MY-DUC")] = Outcome.Returned,
        [(DemoReports.FirstHalfReviewCode, "UNG-HOA")] = Outcome.Missing,
    };

    private static readonly string[] ReturnReasons =
    [
        "Báo cáo chưa đánh giá tồn tại, hạn chế và phương hướng nhiệm vụ kỳ tới; đề nghị đơn vị bổ sung.",
        "Phần đánh giá kết quả còn chung chung, chưa nêu cụ thể các mô hình, cách làm hiệu quả; đề nghị bổ sung.",
        "Báo cáo chưa có chữ ký của lãnh đạo đơn vị; đề nghị gửi lại bản đã ký.",
    ];

    private static readonly string[] Closings =
    [
        "Tình hình tội phạm mua bán người trên địa bàn cơ bản được kiểm soát.",
        "Đơn vị tiếp tục duy trì chế độ thông tin, báo cáo theo quy định.",
        "Các nhiệm vụ được giao đang được triển khai theo đúng tiến độ.",
        "Đơn vị đề nghị Cơ quan thường trực tiếp tục hướng dẫn, cung cấp tài liệu tuyên truyền.",
    ];

    private readonly Random _random = new(20180725);

    private enum Outcome
    {
        Missing,
        OnTime,
        Late,

        /// <summary>Received on time, then corrected by the unit (the history keeps both versions).</summary>
        Corrected,

        /// <summary>Returned for correction and resubmitted.</summary>
        ReturnedAndResubmitted,

        /// <summary>Returned for correction and not resubmitted by the end of the demo.</summary>
        Returned,
    }

    private sealed record Schedule(
        string Code,
        string NameVi,
        string NameEn,
        DateOnly PeriodStart,
        DateOnly PeriodEnd,
        DateOnly DueDate,
        string PeriodVi,
        Func<Unit, bool> Owes,
        Func<Indicator, bool> Carries);

    /// <summary>Adds the report types, the units that owe them and the units' reports with their history to the context.</summary>
    /// <param name="values">The unit's 2018 monthly figures, as generated.</param>
    public void Generate(Plan plan, IReadOnlyList<Unit> units, IReadOnlyList<Indicator> indicators, IReadOnlyList<IndicatorValue> values)
    {
        var monthly = values
            .GroupBy(v => (v.UnitId, v.IndicatorId))
            .ToDictionary(g => g.Key, g => g.ToDictionary(v => v.Month, v => v.Value));
        var sortOrder = 0;
        foreach (var schedule in Schedules())
        {
            var owing = units.Where(schedule.Owes).ToList();
            var carried = indicators
                .Where(i => schedule.Carries(i) && owing.Any(u => monthly.ContainsKey((u.Id, i.Id))))
                .ToList();
            var type = new ReportType
            {
                PlanId = plan.Id,
                Code = schedule.Code,
                NameVi = schedule.NameVi,
                NameEn = schedule.NameEn,
                PeriodStart = schedule.PeriodStart,
                PeriodEnd = schedule.PeriodEnd,
                CutoffDate = schedule.PeriodEnd,
                DueDate = schedule.DueDate,
                SortOrder = ++sortOrder,
                Indicators = [.. carried.Select(i => new ReportTypeIndicator { IndicatorId = i.Id })],
                ExpectedReports = [.. owing.Select(u => new ExpectedReport { UnitId = u.Id })],
            };
            db.ReportTypes.Add(type);

            foreach (var unit in owing)
            {
                var figures = carried
                    .Where(i => monthly.ContainsKey((unit.Id, i.Id)))
                    .Select(i => (Indicator: i, Value: SumOver(monthly[(unit.Id, i.Id)], schedule)))
                    .ToList();
                var report = Submit(schedule, type, unit, figures);
                if (report is not null)
                {
                    db.UnitReports.Add(report);
                }
            }
        }
    }

    private static IEnumerable<Schedule> Schedules()
    {
        static bool DistrictOrStandingAgency(Unit u) => u.Kind.IsDistrictLevel() || u.Kind == UnitKind.StandingAgency;

        // The Day's results cover the plan's first month (it was issued on 06/06/2018), reported in time for the city's own report before 30/07.
        yield return new Schedule(
            DemoReports.DayResultsCode,
            "Báo cáo kết quả hưởng ứng Ngày toàn dân phòng, chống mua bán người năm 2018",
            "Report on the results of the 2018 Anti-human-trafficking Day activities",
            new DateOnly(2018, 6, 1),
            new DateOnly(2018, 6, 30),
            new DateOnly(2018, 7, 10),
            "Từ khi triển khai Kế hoạch 127/KH-BCD đến hết tháng 6/2018",
            _ => true,
            i => i.Group != IndicatorGroup.DrugsAndCrime);

        // Reported before the mid-year conference (task 5, due 20/07/2018).
        yield return new Schedule(
            DemoReports.FirstHalfReviewCode,
            "Báo cáo sơ kết 6 tháng đầu năm 2018",
            "First-half 2018 review report",
            new DateOnly(2018, 1, 1),
            new DateOnly(2018, 6, 30),
            new DateOnly(2018, 7, 5),
            "Trong 6 tháng đầu năm 2018",
            _ => true,
            _ => true);

        for (var month = 1; month <= DemoReports.LastMonthlyReport; month++)
        {
            var start = new DateOnly(2018, month, 1);
            var label = start.ToString("MM/yyyy", CultureInfo.InvariantCulture);
            yield return new Schedule(
                DemoReports.MonthlyCode(month),
                $"Báo cáo số liệu tháng {label}",
                $"Monthly figures report, {label}",
                start,
                start.AddMonths(1).AddDays(-1),
                start.AddMonths(1).AddDays(4),
                string.Create(CultureInfo.InvariantCulture, $"Trong tháng {month}/2018"),
                DistrictOrStandingAgency,
                _ => true);
        }
    }

    private static int SumOver(Dictionary<int, int> months, Schedule schedule) =>
        Enumerable.Range(schedule.PeriodStart.Month, schedule.PeriodEnd.Month - schedule.PeriodStart.Month + 1)
            .Sum(month => months.GetValueOrDefault(month));

    private UnitReport? Submit(Schedule schedule, ReportType type, Unit unit, List<(Indicator Indicator, int Value)> figures)
    {
        var outcome = Draw(performance[unit.Id]);
        if (Pinned.TryGetValue((schedule.Code, unit.Code), out var pinned))
        {
            outcome = pinned;
        }

        // The July report falls due on 05/08/2018, after the demo ends: nobody has sent it yet.
        if (outcome == Outcome.Missing || schedule.DueDate > DemoDataGenerator.DemoEnd)
        {
            return null;
        }

        var summary = SummaryOf(schedule, figures);
        var report = new UnitReport
        {
            ReportType = type,
            UnitId = unit.Id,
            Summary = summary,
            SubmittedBy = DemoDataGenerator.DemoUser,
            Figures = [.. figures.Select(f => new UnitReportFigure { IndicatorId = f.Indicator.Id, Value = f.Value })],
        };

        var received = outcome == Outcome.Late ? LateDay(schedule) : OnTimeDay(schedule);
        switch (outcome)
        {
            case Outcome.Corrected:
                // The first version had a slip in one figure, which the unit corrected a few days later.
                var slipped = figures.Select((f, index) => index == 0 ? (f.Indicator, Value: f.Value + 1 + _random.Next(0, 3)) : f).ToList();
                Add(report, received, UnitReportChange.Submitted, summary, slipped);
                Add(report, received.AddDays(2 + _random.Next(0, 6)), UnitReportChange.Corrected, summary, figures);
                break;
            case Outcome.ReturnedAndResubmitted:
                // The first version left the last figure out; the standing agency asked for it.
                var returned = received.AddDays(1 + _random.Next(0, 3));
                Add(report, received, UnitReportChange.Submitted, summary, figures.SkipLast(1).ToList());
                AddReturn(report, returned, "Thiếu số liệu một số chỉ tiêu theo mẫu báo cáo; đề nghị đơn vị bổ sung đầy đủ.");
                Add(report, returned.AddDays(1 + _random.Next(0, 5)), UnitReportChange.Submitted, summary, figures);
                break;
            case Outcome.Returned:
                Add(report, received, UnitReportChange.Submitted, summary, figures);
                AddReturn(report, received.AddDays(1 + _random.Next(0, 4)), ReturnReasons[_random.Next(ReturnReasons.Length)]);
                break;
            default:
                Add(report, received, UnitReportChange.Submitted, summary, figures);
                break;
        }

        var last = report.History[^1];
        report.State = last.Change == UnitReportChange.Returned ? UnitReportState.Returned : UnitReportState.Submitted;
        report.ReturnReason = last.Reason;
        report.SubmittedAtUtc = report.History.Last(h => h.Change == UnitReportChange.Submitted).ChangedAtUtc;
        report.UpdatedAtUtc = last.ChangedAtUtc;
        report.Version = last.Version;
        return report;
    }

    /// <summary>Laggards are late or missing more often; every unit is sometimes returned or corrects its report.</summary>
    private Outcome Draw(double score)
    {
        var draw = _random.NextDouble();
        var missing = 0.01 + (0.08 * (1 - score));
        var late = missing + 0.04 + (0.22 * (1 - score));
        return draw switch
        {
            _ when draw < missing => Outcome.Missing,
            _ when draw < late => Outcome.Late,
            _ when draw < late + 0.03 => Outcome.Returned,
            _ when draw < late + 0.08 => Outcome.ReturnedAndResubmitted,
            _ when draw < late + 0.13 => Outcome.Corrected,
            _ => Outcome.OnTime,
        };
    }

    /// <summary>Between the day after the cut-off and the due date.</summary>
    private DateOnly OnTimeDay(Schedule schedule) =>
        schedule.DueDate.AddDays(-_random.Next(0, Math.Min(6, schedule.DueDate.DayNumber - schedule.PeriodEnd.DayNumber - 1) + 1));

    /// <summary>One to twelve days after the due date.</summary>
    private DateOnly LateDay(Schedule schedule) => schedule.DueDate.AddDays(1 + _random.Next(0, 12));

    private void Add(UnitReport report, DateOnly day, UnitReportChange change, string summary, List<(Indicator Indicator, int Value)> figures) =>
        report.History.Add(new UnitReportHistory
        {
            ChangedAtUtc = At(day),
            ChangedBy = DemoDataGenerator.DemoUser,
            Change = change,
            Summary = summary,
            Figures = ReportFigureText.Format([.. figures.Select(f => new ReportFigure(f.Indicator.Id, f.Value))]),
            Version = Guid.NewGuid(),
        });

    private void AddReturn(UnitReport report, DateOnly day, string reason) =>
        report.History.Add(new UnitReportHistory
        {
            ChangedAtUtc = At(day),
            ChangedBy = DemoDataGenerator.DemoUser,
            Change = UnitReportChange.Returned,
            Reason = reason + DemoMark,
            Version = Guid.NewGuid(),
        });

    /// <summary>Office hours in Ha Noi on <paramref name="day"/>, which must not be after the demo's end.</summary>
    private DateTime At(DateOnly day)
    {
        if (day > DemoDataGenerator.DemoEnd)
        {
            throw new InvalidOperationException($"A demo report change falls on {day:O}, after the demo's end.");
        }

        return HanoiTime.StartOfDayUtc(day).AddHours(8).AddMinutes(_random.Next(0, 540));
    }

    /// <summary>A summary such as a unit writes, naming a few of its figures (never victim figures, which may be hidden from the reader).</summary>
    private string SummaryOf(Schedule schedule, List<(Indicator Indicator, int Value)> figures)
    {
        var byCode = figures.ToDictionary(f => f.Indicator.Code, f => f.Value);
        var parts = new List<string>();
        if (byCode.TryGetValue("COMM_SESSIONS", out var sessions))
        {
            parts.Add(byCode.TryGetValue("COMM_PEOPLE", out var people)
                ? $"tổ chức {Number(sessions)} buổi tuyên truyền với {Number(people)} lượt người tham dự"
                : $"tổ chức {Number(sessions)} buổi tuyên truyền");
        }

        AddPart(parts, byCode, "COMM_MEDIA", "đăng tải {0} tin, bài trên các phương tiện thông tin đại chúng");
        AddPart(parts, byCode, "ENF_TIPS_RECEIVED", "tiếp nhận {0} tin báo, tố giác tội phạm");
        AddPart(parts, byCode, "ENF_CASES_DETECTED", "phát hiện {0} vụ mua bán người");
        AddPart(parts, byCode, "ENF_CASES_PROSECUTED", "khởi tố {0} vụ án mua bán người");
        AddPart(parts, byCode, "ENF_CASES_TRIED", "đưa ra xét xử {0} vụ án mua bán người");
        AddPart(parts, byCode, "INT_REQUESTS", "trao đổi {0} yêu cầu, thông tin với công an nước ngoài");
        AddPart(parts, byCode, "DRUG_CASES", "phát hiện {0} vụ phạm tội về ma túy");

        var done = parts.Count == 0
            ? "triển khai đầy đủ các nhiệm vụ được giao, phối hợp hỗ trợ nạn nhân theo quy định"
            : string.Join(", ", parts.Take(3));
        return $"{schedule.PeriodVi}, đơn vị đã {done}. {Closings[_random.Next(Closings.Length)]}{DemoMark}";
    }

    private static void AddPart(List<string> parts, Dictionary<string, int> byCode, string code, string format)
    {
        if (byCode.TryGetValue(code, out var value))
        {
            parts.Add(string.Format(Vietnamese, format, Number(value)));
        }
    }

    private static string Number(int value) => value.ToString("N0", Vietnamese);
}
