using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Seed;

/// <summary>Reference data: the programmes, units, indicators and Plan 127/KH-BCD with its tasks and assignments.</summary>
internal sealed class Plan127Seed(SteeringDbContext db)
{
    public const string PlanNumber = "127/KH-BCD";

    /// <summary>Who the seed names in history rows it writes.</summary>
    public const string SeedUser = "seed";

    public async Task SeedReferenceDataAsync(CancellationToken cancellationToken)
    {
        var programmes = new[]
        {
            new Programme { Code = ProgrammeCode.CrimePrevention, NameVi = "Phòng, chống tội phạm", NameEn = "Crime prevention and control" },
            new Programme { Code = ProgrammeCode.DrugPrevention, NameVi = "Phòng, chống ma túy", NameEn = "Drug prevention and control" },
            new Programme { Code = ProgrammeCode.TraffickingPrevention, NameVi = "Phòng, chống mua bán người", NameEn = "Human-trafficking prevention and control" },
        };
        db.Programmes.AddRange(programmes);

        var units = ReferenceUnits.Districts.Concat(ReferenceUnits.Agencies).Select(Copy).ToList();
        db.Units.AddRange(units);

        var sortOrder = 0;
        db.Indicators.AddRange(ReferenceIndicators.All.Select(d => new Indicator
        {
            Code = d.Code,
            NameVi = d.NameVi,
            NameEn = d.NameEn,
            Programme = programmes.Single(p => p.Code == d.Programme),
            Group = d.Group,
            SortOrder = ++sortOrder,
            IsSensitive = d.IsSensitive,
            IsHeadline = d.IsHeadline,
            UnitKinds = [.. ReferenceIndicators.AppliesTo[d.Code].Select(kind => new IndicatorUnitKind { Kind = kind })],
        }));

        var plan = new Plan
        {
            Year = 2018,
            Number = PlanNumber,
            TitleVi = "Kế hoạch triển khai thực hiện Quyết định của Thủ tướng Chính phủ về Ngày toàn dân phòng, chống mua bán người năm 2018",
            TitleEn = "Plan implementing the Prime Minister's Decision on the Anti-human-trafficking Day in 2018",
            IssuedOn = new DateOnly(2018, 6, 6),
            DayDate = new DateOnly(2018, 7, 30),
            DayDateNoteVi = "Bản tin tiếng Anh của Cổng thông tin Thành phố ghi \"June 30\"; Ngày toàn dân phòng, chống mua bán người là 30/7 (Quyết định 793/QĐ-TTg ngày 10/5/2016).",
            DayDateNoteEn = "The city portal's English news item says \"June 30\"; the national Day is 30 July (Decision 793/QĐ-TTg of 10/05/2016).",
            PeriodStart = new DateOnly(2018, 1, 1),
            PeriodEnd = new DateOnly(2018, 7, 31),
            ReviewAsOf = new DateOnly(2018, 7, 10),
        };
        db.Plans.Add(plan);

        var trafficking = programmes.Single(p => p.Code == ProgrammeCode.TraffickingPrevention);
        var byCode = units.ToDictionary(u => u.Code);
        foreach (var definition in Plan127Tasks.All)
        {
            var task = new PlanTask
            {
                Plan = plan,
                Number = definition.Number,
                Section = definition.Section,
                TextVi = definition.TextVi,
                TextEn = definition.TextEn,
                Programme = trafficking,
                LeadUnit = definition.LeadUnitCode is null ? null : byCode[definition.LeadUnitCode],
                StartDate = definition.StartDate,
                DueDate = definition.DueDate,
                CooperatingUnits = definition.CooperatingUnitCodes
                    .Select(code => new PlanTaskCooperatingUnit { Unit = byCode[code] })
                    .ToList(),
            };
            task.Assignments = AssigneesOf(definition, units, byCode)
                .Select(unit => new Assignment
                {
                    Unit = unit,
                    DueDate = definition.DueDate,
                    State = AssignmentState.NotStarted,
                    UpdatedAtUtc = HanoiTime.StartOfDayUtc(definition.StartDate),
                    Version = Guid.NewGuid(),
                })
                .ToList();
            db.PlanTasks.Add(task);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static IEnumerable<Unit> AssigneesOf(Plan127Tasks.TaskDefinition definition, List<Unit> units, Dictionary<string, Unit> byCode) =>
        definition.Assignees switch
        {
            Plan127Tasks.Assignees.LeadAndCooperating =>
                new[] { definition.LeadUnitCode! }.Concat(definition.CooperatingUnitCodes).Select(code => byCode[code]),
            Plan127Tasks.Assignees.StandingAgency => [byCode[ReferenceUnits.StandingAgencyCode]],
            Plan127Tasks.Assignees.EachDistrict => units.Where(u => u.Kind.IsDistrictLevel()),
            Plan127Tasks.Assignees.EachMemberAgency => units.Where(u => u.Kind.IsAgency()),
            _ => throw new ArgumentOutOfRangeException(nameof(definition), definition.Assignees, null),
        };

    private static Unit Copy(Unit unit) => new()
    {
        Code = unit.Code,
        NameVi = unit.NameVi,
        NameEn = unit.NameEn,
        Kind = unit.Kind,
        IsDemo = unit.IsDemo,
    };
}
