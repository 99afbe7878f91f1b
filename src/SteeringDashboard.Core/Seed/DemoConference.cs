using SteeringDashboard.Core.Conferences;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Seed;

/// <summary>
/// The plan's task 5 as demo data: the mid-year review conference with every unit invited, a few preparation items and an
/// agenda. The date, venue, chair, guests, checklist and agenda are demo stand-ins; no randomness, so no other demo data moves.
/// </summary>
internal sealed class DemoConference(SteeringDbContext db)
{
    public const string Title = "Hội nghị sơ kết công tác 6 tháng đầu năm 2018 của Ban Chỉ đạo 138/TP";

    public async Task GenerateAsync(Plan plan, IReadOnlyList<Unit> units, CancellationToken cancellationToken)
    {
        var conference = new Conference
        {
            PlanId = plan.Id,
            Title = Title,
            Date = new DateOnly(2018, 7, 12),
            Venue = "Hội trường Công an thành phố Hà Nội",
            Chair = "Trưởng Ban Chỉ đạo 138/TP",
            PeriodStart = new DateOnly(2018, 1, 1),
            PeriodEnd = new DateOnly(2018, 6, 30),
            CutoffDate = new DateOnly(2018, 6, 15),
            UpdatedAtUtc = new DateTime(2018, 7, 2, 2, 0, 0, DateTimeKind.Utc),
            UpdatedBy = DemoDataGenerator.DemoUser,
        };
        db.Conferences.Add(conference);

        // The children reference the conference by key only: it is stored first to have one.
        await db.SaveChangesAsync(cancellationToken);
        var id = conference.Id;
        int UnitOf(string code) => units.Single(u => u.Code == code).Id;

        db.ConferenceInvitedUnits.AddRange(units.Select(u => new ConferenceInvitedUnit { ConferenceId = id, UnitId = u.Id }));
        db.ConferenceInvitees.AddRange(
            new ConferenceInvitee { ConferenceId = id, Name = "Đại diện Thường trực Thành ủy", Position = "Khách mời" },
            new ConferenceInvitee { ConferenceId = id, Name = "Đại diện Ủy ban nhân dân thành phố", Position = "Khách mời" });
        db.ConferenceChecklistItems.AddRange(
            Checklist(id, "Đôn đốc các đơn vị gửi báo cáo sơ kết 6 tháng", "Văn phòng thường trực", new DateOnly(2018, 6, 20), done: true),
            Checklist(id, "Tổng hợp số liệu và dự thảo báo cáo sơ kết", "Văn phòng thường trực", new DateOnly(2018, 6, 28), done: true),
            Checklist(id, "Gửi giấy mời các đơn vị và đại biểu", "Văn phòng Ban Chỉ đạo", new DateOnly(2018, 7, 5), done: false),
            Checklist(id, "Chuẩn bị hội trường, âm thanh, màn chiếu", "Văn phòng Ban Chỉ đạo", new DateOnly(2018, 7, 10), done: false),
            Checklist(id, "In tài liệu hội nghị", "Văn phòng Ban Chỉ đạo", new DateOnly(2018, 7, 11), done: false));
        db.AgendaItems.AddRange(
            Agenda(id, 1, "Tuyên bố lý do, giới thiệu đại biểu", null, "Văn phòng Ban Chỉ đạo", 10),
            Agenda(id, 2, "Báo cáo sơ kết 6 tháng đầu năm 2018 và phương hướng 6 tháng cuối năm", UnitOf(ReferenceUnits.StandingAgencyCode), null, 30),
            Agenda(id, 3, "Tham luận về công tác phòng, chống mua bán người", UnitOf("DOLISA"), null, 15),
            Agenda(id, 4, "Tham luận về phòng, chống tội phạm trên địa bàn quận", UnitOf("HOAN-KIEM"), null, 15),
            Agenda(id, 5, "Khen thưởng các tập thể, cá nhân có thành tích", null, "Văn phòng Ban Chỉ đạo", 20),
            Agenda(id, 6, "Phát biểu chỉ đạo và kết luận hội nghị", null, "Trưởng Ban Chỉ đạo 138/TP", 30));
    }

    private static ConferenceChecklistItem Checklist(int conferenceId, string text, string owner, DateOnly due, bool done) =>
        new() { ConferenceId = conferenceId, Text = text, Owner = owner, DueDate = due, Done = done };

    private static AgendaItem Agenda(int conferenceId, int position, string title, int? unitId, string? presenter, int minutes) =>
        new() { ConferenceId = conferenceId, Position = position, Title = title, PresenterUnitId = unitId, PresenterName = presenter, DurationMinutes = minutes };
}
