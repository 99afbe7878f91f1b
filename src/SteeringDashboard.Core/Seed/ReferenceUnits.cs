using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Seed;

/// <summary>Ha Noi's 30 district-level units in 2018 and the member agencies of Steering Committee 138/TP.</summary>
internal static class ReferenceUnits
{
    public const string StandingAgencyCode = "POLICE";

    public static IReadOnlyList<Unit> Districts { get; } =
    [
        District("BA-DINH", "Ba Đình", "Ba Dinh", UnitKind.UrbanDistrict),
        District("HOAN-KIEM", "Hoàn Kiếm", "Hoan Kiem", UnitKind.UrbanDistrict),
        District("TAY-HO", "Tây Hồ", "Tay Ho", UnitKind.UrbanDistrict),
        District("LONG-BIEN", "Long Biên", "Long Bien", UnitKind.UrbanDistrict),
        District("CAU-GIAY", "Cầu Giấy", "Cau Giay", UnitKind.UrbanDistrict),
        District("DONG-DA", "Đống Đa", "Dong Da", UnitKind.UrbanDistrict),
        District("HAI-BA-TRUNG", "Hai Bà Trưng", "Hai Ba Trung", UnitKind.UrbanDistrict),
        District("HOANG-MAI", "Hoàng Mai", "Hoang Mai", UnitKind.UrbanDistrict),
        District("THANH-XUAN", "Thanh Xuân", "Thanh Xuan", UnitKind.UrbanDistrict),
        District("HA-DONG", "Hà Đông", "Ha Dong", UnitKind.UrbanDistrict),
        District("BAC-TU-LIEM", "Bắc Từ Liêm", "Bac Tu Liem", UnitKind.UrbanDistrict),
        District("NAM-TU-LIEM", "Nam Từ Liêm", "Nam Tu Liem", UnitKind.UrbanDistrict),
        District("SON-TAY", "Sơn Tây", "Son Tay", UnitKind.Town),
        District("BA-VI", "Ba Vì", "Ba Vi", UnitKind.RuralDistrict),
        District("CHUONG-MY", "Chương Mỹ", "Chuong My", UnitKind.RuralDistrict),
        District("DAN-PHUONG", "Đan Phượng", "Dan Phuong", UnitKind.RuralDistrict),
        District("DONG-ANH", "Đông Anh", "Dong Anh", UnitKind.RuralDistrict),
        District("GIA-LAM", "Gia Lâm", "Gia Lam", UnitKind.RuralDistrict),
        District("HOAI-DUC", "Hoài Đức", "Hoai Duc", UnitKind.RuralDistrict),
        District("ME-LINH", "Mê Linh", "Me Linh", UnitKind.RuralDistrict),
        District("MY-DUC", "Mỹ Đức", "My Duc", UnitKind.RuralDistrict),
        District("PHU-XUYEN", "Phú Xuyên", "Phu Xuyen", UnitKind.RuralDistrict),
        District("PHUC-THO", "Phúc Thọ", "Phuc Tho", UnitKind.RuralDistrict),
        District("QUOC-OAI", "Quốc Oai", "Quoc Oai", UnitKind.RuralDistrict),
        District("SOC-SON", "Sóc Sơn", "Soc Son", UnitKind.RuralDistrict),
        District("THACH-THAT", "Thạch Thất", "Thach That", UnitKind.RuralDistrict),
        District("THANH-OAI", "Thanh Oai", "Thanh Oai", UnitKind.RuralDistrict),
        District("THANH-TRI", "Thanh Trì", "Thanh Tri", UnitKind.RuralDistrict),
        District("THUONG-TIN", "Thường Tín", "Thuong Tin", UnitKind.RuralDistrict),
        District("UNG-HOA", "Ứng Hòa", "Ung Hoa", UnitKind.RuralDistrict),
    ];

    /// <summary>A demo roster, typical of a provincial Steering Committee 138 (DOMAIN.md).</summary>
    public static IReadOnlyList<Unit> Agencies { get; } =
    [
        Agency(StandingAgencyCode, "Công an thành phố Hà Nội", "Ha Noi Police Department", UnitKind.StandingAgency),
        Agency("PROCURACY", "Viện Kiểm sát nhân dân thành phố", "City People's Procuracy"),
        Agency("COURT", "Tòa án nhân dân thành phố", "City People's Court"),
        Agency("DOLISA", "Sở Lao động - Thương binh và Xã hội", "Department of Labour, Invalids and Social Affairs"),
        Agency("DIC", "Sở Thông tin và Truyền thông", "Department of Information and Communications"),
        Agency("DCS", "Sở Văn hóa và Thể thao", "Department of Culture and Sports"),
        Agency("DOJ", "Sở Tư pháp", "Department of Justice"),
        Agency("DOFA", "Sở Ngoại vụ", "Department of Foreign Affairs"),
        Agency("DOET", "Sở Giáo dục và Đào tạo", "Department of Education and Training"),
        Agency("DOH", "Sở Y tế", "Department of Health"),
        Agency("CAPITAL-COMMAND", "Bộ Tư lệnh Thủ đô Hà Nội", "Ha Noi Capital High Command"),
        Agency("FATHERLAND-FRONT", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "City Viet Nam Fatherland Front Committee"),
        Agency("WOMEN-UNION", "Hội Liên hiệp Phụ nữ thành phố", "City Women's Union"),
        Agency("YOUTH-UNION", "Thành đoàn Hà Nội", "Ha Noi Youth Union"),
        Agency("VETERANS", "Hội Cựu chiến binh thành phố", "City Veterans' Association"),
        Agency("HANOI-RTV", "Đài Phát thanh và Truyền hình Hà Nội", "Ha Noi Radio and Television"),
    ];

    private static Unit District(string code, string nameVi, string plainName, UnitKind kind) => new()
    {
        Code = code,
        NameVi = nameVi,
        NameEn = plainName + (kind == UnitKind.Town ? " Town" : " District"),
        Kind = kind,
    };

    private static Unit Agency(string code, string nameVi, string nameEn, UnitKind kind = UnitKind.MemberAgency) => new()
    {
        Code = code,
        NameVi = nameVi,
        NameEn = nameEn,
        Kind = kind,
        IsDemo = kind == UnitKind.MemberAgency,
    };
}
