using SteeringDashboard.Core.Indicators;
using SteeringDashboard.Core.Plans;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Seed;

/// <summary>Monthly indicators typical of Vietnamese reporting (names are demo stand-ins, DOMAIN.md).</summary>
internal static class ReferenceIndicators
{
    public sealed record Definition(
        string Code, string NameVi, string NameEn, ProgrammeCode Programme, IndicatorGroup Group, bool IsSensitive = false, bool IsHeadline = false);

    private static readonly UnitKind[] Districts = [UnitKind.UrbanDistrict, UnitKind.Town, UnitKind.RuralDistrict];

    /// <summary>
    /// The kinds of unit each indicator applies to, by the work each kind does: districts report their communication, the cases
    /// and victims on their ground and their drug and crime figures; the standing agency (Police) its enforcement, rescues,
    /// international cooperation and crime figures; the member agencies their own part (prosecution, trials, victim support,
    /// communication, foreign requests). The demo figures follow the same lines.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<UnitKind>> AppliesTo { get; } = new Dictionary<string, IReadOnlyList<UnitKind>>
    {
        ["COMM_SESSIONS"] = [.. Districts, UnitKind.MemberAgency],
        ["COMM_PEOPLE"] = [.. Districts, UnitKind.MemberAgency],
        ["COMM_PANELS"] = Districts,
        ["COMM_MEDIA"] = [.. Districts, UnitKind.MemberAgency],
        ["COMM_LOUDSPEAKER"] = Districts,
        ["COMM_LEAFLETS"] = [.. Districts, UnitKind.MemberAgency],
        ["ENF_TIPS_RECEIVED"] = [.. Districts, UnitKind.StandingAgency, UnitKind.MemberAgency],
        ["ENF_TIPS_RESOLVED"] = [.. Districts, UnitKind.StandingAgency],
        ["ENF_CASES_DETECTED"] = [.. Districts, UnitKind.StandingAgency],
        ["ENF_SUSPECTS_ARRESTED"] = [.. Districts, UnitKind.StandingAgency],
        ["ENF_CASES_PROSECUTED"] = [UnitKind.MemberAgency],
        ["ENF_DEFENDANTS_PROSECUTED"] = [UnitKind.MemberAgency],
        ["ENF_CASES_TRIED"] = [UnitKind.MemberAgency],
        ["ENF_DEFENDANTS_TRIED"] = [UnitKind.MemberAgency],
        ["VIC_RESCUED"] = [.. Districts, UnitKind.StandingAgency],
        ["VIC_RECEIVED"] = Districts,
        ["VIC_SUPPORTED"] = [.. Districts, UnitKind.MemberAgency],
        ["VIC_REINTEGRATED"] = [.. Districts, UnitKind.MemberAgency],
        ["INT_CHINA_CASES"] = [UnitKind.StandingAgency],
        ["INT_LAOS_CASES"] = [UnitKind.StandingAgency],
        ["INT_REQUESTS"] = [UnitKind.StandingAgency, UnitKind.MemberAgency],
        ["DRUG_CASES"] = [.. Districts, UnitKind.StandingAgency],
        ["DRUG_OFFENDERS"] = [.. Districts, UnitKind.StandingAgency],
        ["CRIME_DETECTED"] = [.. Districts, UnitKind.StandingAgency],
        ["CRIME_SOLVED"] = [.. Districts, UnitKind.StandingAgency],
    };

    public static IReadOnlyList<Definition> All { get; } =
    [
        new("COMM_SESSIONS", "Buổi tuyên truyền", "Communication sessions held", ProgrammeCode.TraffickingPrevention, IndicatorGroup.Communication, IsHeadline: true),
        new("COMM_PEOPLE", "Lượt người được tuyên truyền", "People reached", ProgrammeCode.TraffickingPrevention, IndicatorGroup.Communication),
        new("COMM_PANELS", "Pa-nô, áp phích được treo", "Panels and posters put up", ProgrammeCode.TraffickingPrevention, IndicatorGroup.Communication),
        new("COMM_MEDIA", "Tin, bài trên phương tiện thông tin đại chúng", "Media news items and reports", ProgrammeCode.TraffickingPrevention, IndicatorGroup.Communication),
        new("COMM_LOUDSPEAKER", "Lượt phát thanh trên hệ thống loa cơ sở", "Grassroots loudspeaker broadcasts", ProgrammeCode.TraffickingPrevention, IndicatorGroup.Communication),
        new("COMM_LEAFLETS", "Tờ rơi, tài liệu được phát", "Leaflets and documents distributed", ProgrammeCode.TraffickingPrevention, IndicatorGroup.Communication),
        new("ENF_TIPS_RECEIVED", "Tin báo, tố giác tội phạm tiếp nhận", "Tip-offs and crime reports received", ProgrammeCode.TraffickingPrevention, IndicatorGroup.Enforcement),
        new("ENF_TIPS_RESOLVED", "Tin báo, tố giác tội phạm đã giải quyết", "Tip-offs and crime reports resolved", ProgrammeCode.TraffickingPrevention, IndicatorGroup.Enforcement),
        new("ENF_CASES_DETECTED", "Vụ mua bán người phát hiện", "Trafficking cases detected", ProgrammeCode.TraffickingPrevention, IndicatorGroup.Enforcement, IsHeadline: true),
        new("ENF_SUSPECTS_ARRESTED", "Đối tượng bị bắt giữ", "Suspects arrested", ProgrammeCode.TraffickingPrevention, IndicatorGroup.Enforcement),
        new("ENF_CASES_PROSECUTED", "Vụ án khởi tố", "Cases prosecuted", ProgrammeCode.TraffickingPrevention, IndicatorGroup.Enforcement),
        new("ENF_DEFENDANTS_PROSECUTED", "Bị can khởi tố", "Defendants prosecuted", ProgrammeCode.TraffickingPrevention, IndicatorGroup.Enforcement),
        new("ENF_CASES_TRIED", "Vụ án đưa ra xét xử", "Cases tried", ProgrammeCode.TraffickingPrevention, IndicatorGroup.Enforcement),
        new("ENF_DEFENDANTS_TRIED", "Bị cáo đưa ra xét xử", "Defendants tried", ProgrammeCode.TraffickingPrevention, IndicatorGroup.Enforcement),
        new("VIC_RESCUED", "Nạn nhân được giải cứu", "Victims rescued", ProgrammeCode.TraffickingPrevention, IndicatorGroup.Victims, IsSensitive: true),
        new("VIC_RECEIVED", "Nạn nhân được tiếp nhận", "Victims received", ProgrammeCode.TraffickingPrevention, IndicatorGroup.Victims, IsSensitive: true, IsHeadline: true),
        new("VIC_SUPPORTED", "Nạn nhân được hỗ trợ ban đầu", "Victims given initial support", ProgrammeCode.TraffickingPrevention, IndicatorGroup.Victims, IsSensitive: true),
        new("VIC_REINTEGRATED", "Nạn nhân được hỗ trợ tái hòa nhập", "Victims helped to reintegrate", ProgrammeCode.TraffickingPrevention, IndicatorGroup.Victims, IsSensitive: true),
        new("INT_CHINA_CASES", "Vụ việc xác minh phối hợp với Công an Trung Quốc", "Cases verified jointly with police of China", ProgrammeCode.TraffickingPrevention, IndicatorGroup.InternationalCooperation),
        new("INT_LAOS_CASES", "Vụ việc xác minh phối hợp với Công an Lào", "Cases verified jointly with police of Laos", ProgrammeCode.TraffickingPrevention, IndicatorGroup.InternationalCooperation),
        new("INT_REQUESTS", "Yêu cầu, thông tin trao đổi với nước ngoài", "Requests exchanged with foreign police", ProgrammeCode.TraffickingPrevention, IndicatorGroup.InternationalCooperation),
        new("DRUG_CASES", "Vụ phạm tội về ma túy phát hiện", "Drug cases detected", ProgrammeCode.DrugPrevention, IndicatorGroup.DrugsAndCrime, IsHeadline: true),
        new("DRUG_OFFENDERS", "Đối tượng phạm tội về ma túy bị bắt", "Drug offenders arrested", ProgrammeCode.DrugPrevention, IndicatorGroup.DrugsAndCrime),
        new("CRIME_DETECTED", "Vụ phạm pháp hình sự phát hiện", "Criminal cases detected", ProgrammeCode.CrimePrevention, IndicatorGroup.DrugsAndCrime),
        new("CRIME_SOLVED", "Vụ phạm pháp hình sự điều tra làm rõ", "Criminal cases solved", ProgrammeCode.CrimePrevention, IndicatorGroup.DrugsAndCrime, IsHeadline: true),
    ];
}
