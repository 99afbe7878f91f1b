using System.Globalization;
using Microsoft.Extensions.Localization;

namespace SteeringDashboard.Web.Features.Assignments;

/// <summary>File sizes in kilobytes or megabytes, in the current culture (e.g. "10 MB", "2,5 MB" under vi-VN).</summary>
public static class FileSizeText
{
    private const double Kilobyte = 1024;
    private const double Megabyte = 1024 * 1024;

    public static string Format(long bytes, IStringLocalizer<AssignmentsText> text) =>
        bytes >= Megabyte
            ? text["SizeMegabytes", (bytes / Megabyte).ToString("0.#", CultureInfo.CurrentCulture)]
            : text["SizeKilobytes", Math.Max(1, Math.Ceiling(bytes / Kilobyte)).ToString("N0", CultureInfo.CurrentCulture)];
}
