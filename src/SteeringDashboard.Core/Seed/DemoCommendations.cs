using Microsoft.EntityFrameworkCore;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Data;

namespace SteeringDashboard.Core.Seed;

/// <summary>
/// Demo nominations for a conference, one or more in every state, marked as demo data in their names and texts.
/// Deterministic (no randomness): call it after the conference itself is seeded.
/// </summary>
public static class DemoCommendations
{
    private static readonly DateTime ProposedAtUtc = new(2018, 7, 2, 2, 0, 0, DateTimeKind.Utc);

    private static readonly Nomination[] Nominations =
    [
        new("Đội Cảnh sát hình sự, Công an quận Hoàn Kiếm (dữ liệu mẫu)", NomineeKind.Organisation, "HOAN-KIEM",
            CommendationForm.CityPeoplesCommitteeCertificateOfMerit,
            "Dữ liệu mẫu: phát hiện, triệt phá đường dây mua bán người qua biên giới, giải cứu nạn nhân trong 6 tháng đầu năm 2018.",
            CommendationState.Approved, null),
        new("Nguyễn Văn An (dữ liệu mẫu)", NomineeKind.Individual, ReferenceUnits.StandingAgencyCode,
            CommendationForm.SteeringCommitteeCertificateOfMerit,
            "Dữ liệu mẫu: phối hợp xác minh vụ việc với công an các tỉnh biên giới và nước bạn Lào.",
            CommendationState.Approved, null),
        new("Phòng Văn hóa và Thông tin quận Đống Đa (dữ liệu mẫu)", NomineeKind.Organisation, "DONG-DA",
            CommendationForm.SteeringCommitteeCertificateOfMerit,
            "Dữ liệu mẫu: tổ chức nhiều buổi tuyên truyền hưởng ứng Ngày toàn dân phòng, chống mua bán người.",
            CommendationState.UnderReview, null),
        new("Trần Thị Bình (dữ liệu mẫu)", NomineeKind.Individual, "BA-VI",
            CommendationForm.SteeringCommitteeCertificateOfMerit,
            "Dữ liệu mẫu: hỗ trợ nạn nhân trở về tái hòa nhập cộng đồng, học nghề và vay vốn.",
            CommendationState.Proposed, null),
        new("Lê Văn Cường (dữ liệu mẫu)", NomineeKind.Individual, "SOC-SON",
            CommendationForm.CityPeoplesCommitteeCertificateOfMerit,
            "Dữ liệu mẫu: tham gia tuyên truyền tại thôn, xóm.",
            CommendationState.Rejected, "Dữ liệu mẫu: thành tích chưa đủ tiêu chuẩn Bằng khen; đề nghị xét Giấy khen."),
    ];

    /// <summary>Adds the demo nominations to the conference, unless it already has nominations.</summary>
    public static async Task AddAsync(SteeringDbContext db, int conferenceId, CancellationToken cancellationToken = default)
    {
        if (await db.Commendations.AnyAsync(c => c.ConferenceId == conferenceId, cancellationToken))
        {
            return;
        }

        var planId = await db.Conferences.Where(c => c.Id == conferenceId).Select(c => c.PlanId).SingleAsync(cancellationToken);
        var codes = Nominations.Select(n => n.UnitCode).ToList();
        var units = await db.Units.Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Id, cancellationToken);
        var unitIds = units.Values.ToList();
        var completed = (await db.Assignments
                .Where(a => unitIds.Contains(a.UnitId) && a.State == AssignmentState.Completed && a.PlanTask!.PlanId == planId)
                .OrderBy(a => a.PlanTask!.Number)
                .Select(a => new { a.Id, a.UnitId })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.UnitId, a => a.Id);
        var campaign = await db.Campaigns.Where(c => c.PlanId == planId).OrderBy(c => c.Id).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
        var order = 0;
        foreach (var (nomination, index) in Nominations.Select((n, i) => (n, i)))
        {
            if (!units.TryGetValue(nomination.UnitCode, out var unitId))
            {
                continue;
            }

            var proposedAt = ProposedAtUtc.AddHours(index);
            var commendation = new Commendation
            {
                ConferenceId = conferenceId,
                NomineeName = nomination.Nominee,
                NomineeKind = nomination.Kind,
                UnitId = unitId,
                Form = nomination.Form,
                Achievement = nomination.Achievement,
                State = nomination.State,
                RejectionReason = nomination.Reason,
                ReadingOrder = nomination.State == CommendationState.Approved ? ++order : null,
                ProposedAtUtc = proposedAt,
                ProposedBy = DemoDataGenerator.DemoUser,
                ApprovedBy = nomination.State == CommendationState.Approved ? DemoDataGenerator.DemoUser : null,
                ApprovedAtUtc = nomination.State == CommendationState.Approved ? proposedAt.AddDays(3) : null,
                UpdatedAtUtc = proposedAt.AddDays(3),
                Version = Guid.NewGuid(),
            };
            foreach (var assignmentId in completed[unitId].Take(1))
            {
                commendation.Links.Add(new CommendationLink { AssignmentId = assignmentId });
            }

            if (nomination.Kind == NomineeKind.Organisation && campaign is { } campaignId)
            {
                commendation.Links.Add(new CommendationLink { CampaignId = campaignId });
            }

            commendation.History.AddRange(StepsTo(nomination.State, nomination.Reason, proposedAt));
            db.Commendations.Add(commendation);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static IEnumerable<CommendationHistory> StepsTo(CommendationState state, string? reason, DateTime proposedAt)
    {
        yield return Step(null, CommendationState.Proposed, null, proposedAt);
        if (state == CommendationState.Proposed)
        {
            yield break;
        }

        yield return Step(CommendationState.Proposed, CommendationState.UnderReview, null, proposedAt.AddDays(1));
        if (state != CommendationState.UnderReview)
        {
            yield return Step(CommendationState.UnderReview, state, reason, proposedAt.AddDays(3));
        }
    }

    private static CommendationHistory Step(CommendationState? from, CommendationState to, string? reason, DateTime at) =>
        new() { ChangedAtUtc = at, ChangedBy = DemoDataGenerator.DemoUser, From = from, To = to, Reason = reason };

    private sealed record Nomination(
        string Nominee, NomineeKind Kind, string UnitCode, CommendationForm Form, string Achievement, CommendationState State, string? Reason);
}
