using SteeringDashboard.Core.Plans;

namespace SteeringDashboard.Core.Seed;

/// <summary>The 15 tasks of Plan 127/KH-BCD as the city portal's news item of 11/06/2018 lists them.</summary>
internal static class Plan127Tasks
{
    /// <summary>Who is assigned the task: the lead and cooperating units, the standing agency, every district, or every member agency.</summary>
    public enum Assignees
    {
        LeadAndCooperating,
        StandingAgency,
        EachDistrict,
        EachMemberAgency,
    }

    public sealed record TaskDefinition(
        int Number,
        PlanSection Section,
        string TextVi,
        string TextEn,
        string? LeadUnitCode,
        string[] CooperatingUnitCodes,
        Assignees Assignees,
        DateOnly StartDate,
        DateOnly DueDate);

    private static readonly DateOnly PlanIssued = new(2018, 6, 6);
    private static readonly DateOnly YearStart = new(2018, 1, 2);

    public static IReadOnlyList<TaskDefinition> All { get; } =
    [
        new(1, PlanSection.CityWide,
            "Tổ chức các hoạt động tuyên truyền thiết thực trong cộng đồng hưởng ứng Ngày toàn dân phòng, chống mua bán người, phù hợp với từng lứa tuổi và địa bàn.",
            "Practical popularisation activities in the community in response to the Anti-human-trafficking Day, suited to different ages and localities.",
            "DIC", ["WOMEN-UNION", "YOUTH-UNION", "FATHERLAND-FRONT"], Assignees.LeadAndCooperating, PlanIssued, new(2018, 7, 15)),
        new(2, PlanSection.CityWide,
            "Đẩy mạnh công tác thông tin trên các phương tiện thông tin đại chúng, hệ thống thông tin cơ sở, qua pa-nô, áp phích.",
            "Information work on mass media and the grassroots information and communications system, through panels and posters.",
            "DIC", ["HANOI-RTV", "DCS"], Assignees.LeadAndCooperating, PlanIssued, new(2018, 7, 31)),
        new(3, PlanSection.CityWide,
            "Nâng cao hiệu quả công tác tiếp nhận nạn nhân bị mua bán, hỗ trợ nạn nhân tái hòa nhập cộng đồng.",
            "Improve the reception of victims of human trafficking and help them reintegrate into the community.",
            "DOLISA", ["WOMEN-UNION", "DOH", ReferenceUnits.StandingAgencyCode], Assignees.LeadAndCooperating, YearStart, new(2018, 6, 30)),
        new(4, PlanSection.CityWide,
            "Thực hiện đồng bộ các biện pháp phòng ngừa, phát hiện, xử lý các băng, nhóm tội phạm mua bán người.",
            "Comprehensive measures to prevent, detect and handle human-trafficking gangs.",
            ReferenceUnits.StandingAgencyCode, ["CAPITAL-COMMAND", "PROCURACY", "COURT"], Assignees.LeadAndCooperating, YearStart, new(2018, 6, 30)),
        new(5, PlanSection.CityWide,
            "Tổ chức Hội nghị Ban Chỉ đạo 138/TP sơ kết 6 tháng đầu năm 2018 việc thực hiện các chương trình phòng, chống tội phạm, phòng, chống ma túy, phòng, chống mua bán người; khen thưởng, động viên các tập thể, cá nhân có thành tích xuất sắc trong công tác phòng, chống mua bán người.",
            "Conference of Steering Committee 138/TP reviewing the first half of 2018 on the crime, drug and human-trafficking prevention and control programmes; commend and motivate individuals and organisations with excellent performance in fighting human trafficking.",
            ReferenceUnits.StandingAgencyCode, [], Assignees.LeadAndCooperating, PlanIssued, new(2018, 7, 20)),
        new(6, PlanSection.StandingAgency,
            "Đẩy mạnh phong trào \"Toàn dân bảo vệ an ninh Tổ quốc\", để quần chúng nhân dân tham gia đấu tranh phòng, chống tội phạm mua bán người.",
            "Enhance the movement \"All people protect national security\" so that people take part in the fight against human trafficking.",
            ReferenceUnits.StandingAgencyCode, [], Assignees.StandingAgency, YearStart, new(2018, 6, 15)),
        new(7, PlanSection.StandingAgency,
            "Tăng cường nắm tình hình, nắm phương thức, thủ đoạn của tội phạm mua bán người và chính sách pháp luật mới; phát hiện, xử lý kịp thời tin báo tội phạm; huy động lực lượng phát hiện, điều tra các đường dây, vụ án, bắt giữ đối tượng, tiếp nhận, giải cứu nạn nhân.",
            "Closely follow the situation; know the tricks of trafficking crimes and new legal policies; detect and handle crime reports in time; investigate gangs and cases, catch criminals, receive and rescue victims.",
            ReferenceUnits.StandingAgencyCode, [], Assignees.StandingAgency, YearStart, new(2018, 6, 30)),
        new(8, PlanSection.StandingAgency,
            "Tăng cường điều tra cơ bản, tập trung vào các tuyến, địa bàn, lĩnh vực trọng điểm như xuất nhập cảnh trái phép, con nuôi, hiến ghép mô tạng, xuất khẩu lao động có yếu tố nước ngoài; đề xuất biện pháp đấu tranh.",
            "Investigation focused on key routes, areas and fields prone to crime (illegal border crossing, adoption, organ donation, labour export with foreign elements); propose measures.",
            ReferenceUnits.StandingAgencyCode, [], Assignees.StandingAgency, YearStart, new(2018, 7, 31)),
        new(9, PlanSection.StandingAgency,
            "Mở các đợt cao điểm tấn công, trấn áp tội phạm mua bán người trên địa bàn Thành phố theo chỉ đạo của Bộ Công an; phối hợp với Viện Kiểm sát nhân dân, Tòa án nhân dân các cấp đẩy nhanh tiến độ điều tra, truy tố, xét xử.",
            "Launch peak campaigns against trafficking crimes in Ha Noi per the Ministry of Public Security; with the People's Procuracy and People's Courts at all levels, speed up investigation, prosecution and trial.",
            ReferenceUnits.StandingAgencyCode, ["PROCURACY", "COURT"], Assignees.StandingAgency, new(2018, 6, 1), new(2018, 6, 30)),
        new(10, PlanSection.StandingAgency,
            "Phối hợp với Công an các tỉnh biên giới và Công an các nước trong khu vực, nhất là các nước đã ký hiệp định hợp tác phòng, chống mua bán người với Việt Nam như Trung Quốc, Lào: trao đổi thông tin, tài liệu, phối hợp điều tra, xác minh, giải cứu nạn nhân, bắt giữ đối tượng.",
            "Cooperate with police of border provinces and of countries in the region, especially China and Laos: exchange information and documents, investigate and verify cases, rescue victims, catch criminals.",
            ReferenceUnits.StandingAgencyCode, [], Assignees.StandingAgency, YearStart, new(2018, 7, 31)),
        new(11, PlanSection.Districts,
            "Xây dựng và triển khai kế hoạch, chương trình hưởng ứng Ngày toàn dân phòng, chống mua bán người; phổ biến đến các đơn vị cơ sở.",
            "Build and implement the district's own plan and programmes for the Day; popularise them among grassroots units.",
            null, [], Assignees.EachDistrict, PlanIssued, new(2018, 6, 20)),
        new(12, PlanSection.Districts,
            "Chỉ đạo các cơ quan, đoàn thể, Ủy ban nhân dân các xã, phường, thị trấn thực hiện nhiệm vụ của Kế hoạch.",
            "Instruct agencies, unions and commune, ward and township People's Committees to carry out the plan's tasks.",
            null, [], Assignees.EachDistrict, PlanIssued, new(2018, 6, 30)),
        new(13, PlanSection.Districts,
            "Chỉ đạo các cơ quan thông tin đại chúng địa phương đẩy mạnh tuyên truyền bằng nhiều hình thức: pa-nô, áp phích, tài liệu về phòng, chống mua bán người.",
            "Direct local mass media to step up information work in different ways: panels, posters and documents on preventing human trafficking.",
            null, [], Assignees.EachDistrict, PlanIssued, new(2018, 7, 25)),
        new(14, PlanSection.MemberAgencies,
            "Phối hợp và tổ chức các hoạt động hưởng ứng Ngày toàn dân phòng, chống mua bán người.",
            "Cooperate with each other and act in response to the Anti-human-trafficking Day.",
            null, [], Assignees.EachMemberAgency, PlanIssued, new(2018, 7, 31)),
        new(15, PlanSection.MemberAgencies,
            "Thực hiện nghiêm chế độ thông tin, báo cáo về Cơ quan Thường trực Ban Chỉ đạo 138/TP.",
            "Strictly follow the rules on information work and report to the standing agency of Steering Committee 138/TP.",
            null, [], Assignees.EachMemberAgency, PlanIssued, new(2018, 7, 5)),
    ];
}
