using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Campaigns;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Seed;

/// <summary>
/// Generates demo progress, history, monthly figures and campaigns for Plan 127/KH-BCD from 01/01/2018 to 31/07/2018, the
/// same figures for every month of 2017 (for the same-period comparison) and the reporting schedule (<see cref="DemoReportSchedule"/>).
/// Deterministic: fixed random seeds and a fixed iteration order give the same data every time. The 2017 figures and the
/// reports draw from random generators of their own, so that adding them changed none of the 2018 data.
/// </summary>
internal sealed class DemoDataGenerator(SteeringDbContext db)
{
    public const string DemoUser = "demo";
    public static readonly DateOnly DemoEnd = new(2018, 7, 31);

    private static readonly string[] AheadUnits = ["BA-DINH", "HOAN-KIEM", "CAU-GIAY", "SON-TAY", "DOLISA"];
    private static readonly string[] BehindUnits = ["MY-DUC", "UNG-HOA", "PHU-XUYEN", "BA-VI", "DOFA"];

    private readonly Random _random = new(20180606);
    private readonly Random _previousYearRandom = new(20170730);

    public async Task GenerateAsync(CancellationToken cancellationToken)
    {
        var plan = await db.Plans.SingleAsync(p => p.Number == Plan127Seed.PlanNumber, cancellationToken);
        plan.HasDemoData = true;

        var units = await db.Units.OrderBy(u => u.Id).ToListAsync(cancellationToken);
        DemoContacts.Assign(units);
        var performance = units.ToDictionary(u => u.Id, ScoreOf);
        var assignments = await db.Assignments
            .Include(a => a.PlanTask)
            .OrderBy(a => a.PlanTaskId).ThenBy(a => a.UnitId)
            .ToListAsync(cancellationToken);
        foreach (var assignment in assignments)
        {
            GenerateHistory(assignment, performance[assignment.UnitId]);
        }

        var indicators = await db.Indicators.OrderBy(i => i.SortOrder).ToListAsync(cancellationToken);
        GenerateMonthlyValues(units, indicators, performance);
        GenerateCampaigns(plan, units, indicators);

        var values = db.IndicatorValues.Local.OrderBy(v => v.UnitId).ThenBy(v => v.IndicatorId).ThenBy(v => v.Month).ToList();
        GeneratePreviousYear(units, indicators, performance, values);
        new DemoReportSchedule(db, performance).Generate(plan, units, indicators, values);

        await db.SaveChangesAsync(cancellationToken);
        await new DemoConference(db).GenerateAsync(plan, units, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var conferenceId = await db.Conferences.Where(c => c.PlanId == plan.Id).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(cancellationToken);
        await DemoCommendations.AddAsync(db, conferenceId, cancellationToken);
    }

    /// <summary>0 = far behind, 1 = far ahead; a few named units are pinned so that the demo shows clear leaders and laggards.</summary>
    private double ScoreOf(Unit unit)
    {
        var drawn = 0.25 + (_random.NextDouble() * 0.5);
        return AheadUnits.Contains(unit.Code) ? 0.95 : BehindUnits.Contains(unit.Code) ? 0.05 : drawn;
    }

    private void GenerateHistory(Assignment assignment, double score)
    {
        var task = assignment.PlanTask!;
        var start = task.StartDate;
        var due = assignment.DueDate;

        // Ahead units finish up to ~3 weeks early, laggards a month or more late; the noise spreads the middle.
        var offsetDays = (int)Math.Round(((0.5 - score) * 50) + _random.Next(-6, 7));
        var finish = due.AddDays(offsetDays);
        var earliest = start.AddDays(7);
        if (finish < earliest)
        {
            finish = earliest;
        }

        var completes = finish <= DemoEnd;
        var last = completes ? finish : DemoEnd;

        var rows = new List<AssignmentHistory>();
        var state = AssignmentState.NotStarted;
        var progress = 0;
        rows.Add(Row(start, null, AssignmentState.NotStarted, null, 0, null, "Giao nhiệm vụ theo Kế hoạch (dữ liệu mẫu)"));

        var day = start.AddDays(3 + _random.Next(0, 8));
        var totalDays = Math.Max(1, finish.DayNumber - start.DayNumber);
        while (day < last)
        {
            var expected = (int)Math.Round(100.0 * (day.DayNumber - start.DayNumber) / totalDays);
            var next = Math.Clamp(Math.Max(progress + 5, expected - _random.Next(0, 10)), 5, 95);
            next = next / 5 * 5;
            if (next > progress)
            {
                rows.Add(Row(day, state, AssignmentState.InProgress, progress, next, null, null));
                state = AssignmentState.InProgress;
                progress = next;
            }

            day = day.AddDays(7 + _random.Next(0, 14));
        }

        if (completes)
        {
            rows.Add(Row(finish, state, AssignmentState.Completed, progress, 100, finish, "Hoàn thành (dữ liệu mẫu)"));
            state = AssignmentState.Completed;
            progress = 100;
        }

        assignment.History = rows;
        assignment.Version = rows[^1].Version;
        assignment.State = state;
        assignment.Progress = progress;
        assignment.CompletedOn = completes ? finish : null;
        assignment.UpdatedAtUtc = rows[^1].ChangedAtUtc;
    }

    private AssignmentHistory Row(
        DateOnly date, AssignmentState? oldState, AssignmentState newState, int? oldProgress, int newProgress, DateOnly? completedOn, string? note) => new()
        {
            ChangedAtUtc = HanoiTime.StartOfDayUtc(date).AddHours(8).AddMinutes(_random.Next(0, 540)),
            ChangedBy = DemoUser,
            OldState = oldState,
            NewState = newState,
            OldProgress = oldProgress,
            NewProgress = newProgress,
            OldCompletedOn = null,
            NewCompletedOn = completedOn,
            Note = note,
            Version = Guid.NewGuid(),
        };

    private void GenerateMonthlyValues(List<Unit> units, List<Indicator> indicators, Dictionary<int, double> performance)
    {
        var now = HanoiTime.EndOfDayUtc(DemoEnd).AddHours(-8);
        foreach (var unit in units)
        {
            var reported = ReportedIndicators(unit).ToHashSet();
            var scale = ScaleOf(unit, performance[unit.Id]);

            foreach (var indicator in indicators.Where(i => reported.Contains(i.Code)))
            {
                for (var month = 1; month <= DemoEnd.Month; month++)
                {
                    // Communication peaks in the Day's month and the run-up to it.
                    var season = indicator.Group == IndicatorGroup.Communication && month >= 6 ? 2.5 : 1.0;
                    var value = (int)Math.Round(BaseOf(indicator) * scale * season * (0.5 + _random.NextDouble()));
                    db.IndicatorValues.Add(new IndicatorValue
                    {
                        IndicatorId = indicator.Id,
                        UnitId = unit.Id,
                        Year = 2018,
                        Month = month,
                        Value = value,
                        UpdatedAtUtc = now,
                        Version = Guid.NewGuid(),
                    });
                }
            }
        }
    }

    /// <summary>
    /// Every month of 2017 for each unit and indicator with 2018 figures, drawn like 2018's with each series a little higher or
    /// lower (up to a quarter either way), so that the same-period comparison shows rises and falls.
    /// </summary>
    private void GeneratePreviousYear(List<Unit> units, List<Indicator> indicators, Dictionary<int, double> performance, List<IndicatorValue> values2018)
    {
        var now = HanoiTime.EndOfDayUtc(new DateOnly(2017, 12, 31)).AddHours(-8);
        var unitById = units.ToDictionary(u => u.Id);
        var indicatorById = indicators.ToDictionary(i => i.Id);
        foreach (var series in values2018.Select(v => (v.UnitId, v.IndicatorId)).Distinct())
        {
            var unit = unitById[series.UnitId];
            var indicator = indicatorById[series.IndicatorId];
            var level = ScaleOf(unit, performance[unit.Id]) * (0.75 + (_previousYearRandom.NextDouble() * 0.5));
            for (var month = 1; month <= 12; month++)
            {
                // 2017's Day fell on 30/07/2017 too: communication peaked in June and July.
                var season = indicator.Group == IndicatorGroup.Communication && month is 6 or 7 ? 2.5 : 1.0;
                db.IndicatorValues.Add(new IndicatorValue
                {
                    IndicatorId = indicator.Id,
                    UnitId = unit.Id,
                    Year = 2017,
                    Month = month,
                    Value = (int)Math.Round(BaseOf(indicator) * level * season * (0.5 + _previousYearRandom.NextDouble())),
                    UpdatedAtUtc = now,
                    Version = Guid.NewGuid(),
                });
            }
        }
    }

    private static double ScaleOf(Unit unit, double performance) => unit.Kind switch
    {
        UnitKind.UrbanDistrict => 1.2,
        UnitKind.Town => 0.7,
        UnitKind.RuralDistrict => 0.9,
        UnitKind.StandingAgency => 3.0,
        _ => 1.0,
    } * (0.6 + performance);

    private static double BaseOf(Indicator indicator) => indicator.Code switch
    {
        "COMM_SESSIONS" => 12,
        "COMM_PEOPLE" => 900,
        "COMM_PANELS" => 20,
        "COMM_MEDIA" => 6,
        "COMM_LOUDSPEAKER" => 30,
        "COMM_LEAFLETS" => 400,
        "ENF_TIPS_RECEIVED" => 3,
        "ENF_TIPS_RESOLVED" => 2.5,
        "DRUG_CASES" => 8,
        "DRUG_OFFENDERS" => 11,
        "CRIME_DETECTED" => 15,
        "CRIME_SOLVED" => 12,
        _ when indicator.Group == IndicatorGroup.Victims => 0.8,
        _ => 1.2,
    };

    private static IEnumerable<string> ReportedIndicators(Unit unit)
    {
        string[] communication = ["COMM_SESSIONS", "COMM_PEOPLE", "COMM_PANELS", "COMM_MEDIA", "COMM_LOUDSPEAKER", "COMM_LEAFLETS"];
        string[] drugsAndCrime = ["DRUG_CASES", "DRUG_OFFENDERS", "CRIME_DETECTED", "CRIME_SOLVED"];
        if (unit.Kind.IsDistrictLevel())
        {
            return [.. communication, "ENF_TIPS_RECEIVED", "ENF_TIPS_RESOLVED", "ENF_CASES_DETECTED", "ENF_SUSPECTS_ARRESTED",
                "VIC_RESCUED", "VIC_RECEIVED", "VIC_SUPPORTED", "VIC_REINTEGRATED", .. drugsAndCrime];
        }

        return unit.Code switch
        {
            ReferenceUnits.StandingAgencyCode => ["ENF_TIPS_RECEIVED", "ENF_TIPS_RESOLVED", "ENF_CASES_DETECTED", "ENF_SUSPECTS_ARRESTED",
                "VIC_RESCUED", "INT_CHINA_CASES", "INT_LAOS_CASES", "INT_REQUESTS", .. drugsAndCrime],
            "PROCURACY" => ["ENF_CASES_PROSECUTED", "ENF_DEFENDANTS_PROSECUTED"],
            "COURT" => ["ENF_CASES_TRIED", "ENF_DEFENDANTS_TRIED"],
            "DOLISA" => ["VIC_SUPPORTED", "VIC_REINTEGRATED"],
            "DOH" => ["VIC_SUPPORTED"],
            "DOFA" => ["INT_REQUESTS"],
            "CAPITAL-COMMAND" => ["ENF_TIPS_RECEIVED"],
            _ => ["COMM_SESSIONS", "COMM_PEOPLE", "COMM_MEDIA", "COMM_LEAFLETS"],
        };
    }

    private void GenerateCampaigns(Plan plan, List<Unit> units, List<Indicator> indicators)
    {
        var byCode = units.ToDictionary(u => u.Code);
        var indicator = indicators.ToDictionary(i => i.Code);
        var trafficking = db.Programmes.Local.Single(p => p.Code == ProgrammeCode.TraffickingPrevention);

        // Both campaigns of the trafficking programme, in June–July 2018, among the standing agency's partners and every district.
        Campaign CampaignOf(string nameVi, string nameEn, DateOnly start, string leadCode, string[] participants, params (string Code, int Target)[] targets)
        {
            var campaign = new Campaign
            {
                PlanId = plan.Id,
                NameVi = nameVi,
                NameEn = nameEn,
                Programme = trafficking,
                StartDate = start,
                EndDate = new DateOnly(2018, 7, 31),
                LeadUnitId = byCode[leadCode].Id,
            };
            AddParticipants(campaign, [.. participants, .. ReferenceUnits.Districts.Select(d => d.Code)], byCode);
            AddTargets(campaign, indicator, targets);
            return campaign;
        }

        var peak = CampaignOf(
            "Đợt cao điểm tấn công, trấn áp tội phạm mua bán người năm 2018 (dữ liệu mẫu)",
            "2018 peak campaign against human-trafficking crimes (demo data)",
            new DateOnly(2018, 6, 1),
            ReferenceUnits.StandingAgencyCode,
            [ReferenceUnits.StandingAgencyCode, "PROCURACY", "COURT", "CAPITAL-COMMAND"],
            ("ENF_CASES_DETECTED", 60), ("ENF_SUSPECTS_ARRESTED", 90), ("VIC_RESCUED", 40));
        var communication = CampaignOf(
            "Đợt truyền thông hưởng ứng Ngày toàn dân phòng, chống mua bán người 30/7 (dữ liệu mẫu)",
            "Communication campaign for the Anti-human-trafficking Day, 30 July (demo data)",
            new DateOnly(2018, 7, 1),
            "DIC",
            ["DIC", "DCS", "HANOI-RTV", "WOMEN-UNION", "YOUTH-UNION"],
            ("COMM_SESSIONS", 1500), ("COMM_PANELS", 2500), ("COMM_MEDIA", 400));

        foreach (var campaign in new[] { peak, communication })
        {
            GenerateResults(campaign);
            db.Campaigns.Add(campaign);
        }
    }

    private static void AddParticipants(Campaign campaign, IEnumerable<string> codes, Dictionary<string, Unit> byCode) =>
        campaign.Participants = codes.Select(code => new CampaignUnit { UnitId = byCode[code].Id }).ToList();

    private static void AddTargets(Campaign campaign, Dictionary<string, Indicator> indicator, params (string Code, int Target)[] targets) =>
        campaign.Targets = targets.Select(t => new CampaignTarget { IndicatorId = indicator[t.Code].Id, Target = t.Target }).ToList();

    private void GenerateResults(Campaign campaign)
    {
        var perUnit = campaign.Participants.Count;
        foreach (var participant in campaign.Participants)
        {
            // About one participant in six has not reported campaign results yet.
            if (_random.Next(0, 6) == 0)
            {
                continue;
            }

            foreach (var target in campaign.Targets)
            {
                var share = (double)target.Target / perUnit;
                campaign.Results.Add(new CampaignResult
                {
                    UnitId = participant.UnitId,
                    IndicatorId = target.IndicatorId,
                    Value = (int)Math.Round(share * (0.4 + _random.NextDouble())),
                    UpdatedAtUtc = HanoiTime.EndOfDayUtc(DemoEnd).AddHours(-8),
                    Version = Guid.NewGuid(),
                });
            }
        }
    }
}
