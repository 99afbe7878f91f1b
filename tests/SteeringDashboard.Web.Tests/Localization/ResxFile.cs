using System.Xml.Linq;

namespace SteeringDashboard.Web.Tests.Localization;

/// <summary>The string entries of one .resx file.</summary>
public sealed record ResxFile(FileInfo File, IReadOnlyDictionary<string, string> Entries)
{
    /// <summary>The resource's name: SharedText for both SharedText.resx and SharedText.vi.resx.</summary>
    public string BaseName => BaseNameOf(File);

    public static ResxFile Load(FileInfo file)
    {
        var entries = XDocument.Load(file.FullName).Root!
            .Elements("data")
            .ToDictionary(data => (string)data.Attribute("name")!, data => (string?)data.Element("value") ?? "", StringComparer.Ordinal);
        return new ResxFile(file, entries);
    }

    public static string BaseNameOf(FileInfo file) => file.Name.Split('.')[0];

    public static bool IsVietnamese(FileInfo file) => file.Name.EndsWith(".vi.resx", StringComparison.Ordinal);
}
