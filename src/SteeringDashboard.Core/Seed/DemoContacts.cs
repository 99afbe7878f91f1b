using System.Globalization;
using SteeringDashboard.Core.Units;

namespace SteeringDashboard.Core.Seed;

/// <summary>
/// Invented contacts for the demo's units, the same on every start: a name, a Ha Noi landline and an address at the reserved
/// ".invalid" domain, so that no real person or mailbox is named. One unit is left without a contact, so the demo shows
/// what the reminder says when none is on file.
/// </summary>
public static class DemoContacts
{
    public const string UnitWithoutContact = "UNG-HOA";

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Minh", "Thu", "Đức", "Thanh", "Hồng", "Quang"];
    private static readonly string[] GivenNames = ["An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hải", "Lan", "Long", "Mai", "Nam", "Phương", "Quân", "Sơn", "Tâm", "Trang", "Tuấn"];

    public static void Assign(IReadOnlyList<Unit> units)
    {
        foreach (var (unit, index) in units.OrderBy(u => u.Code, StringComparer.Ordinal).Select((u, i) => (u, i)))
        {
            if (unit.Code == UnitWithoutContact)
            {
                continue;
            }

            unit.ContactPerson = $"{FamilyNames[index % FamilyNames.Length]} {MiddleNames[index % MiddleNames.Length]} {GivenNames[index % GivenNames.Length]}";
            unit.ContactPhone = string.Create(CultureInfo.InvariantCulture, $"024 3{index % 10}{(index * 37) % 100:00} {1000 + (index * 613) % 9000:0000}");
            unit.ContactEmail = $"{unit.Code.ToLowerInvariant()}@bcd138.demo.invalid";
        }
    }
}
