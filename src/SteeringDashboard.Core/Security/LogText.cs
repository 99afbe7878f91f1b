using System.Globalization;
using System.Text;

namespace SteeringDashboard.Core.Security;

/// <summary>Text typed by a person, made safe to write into a log line: no line breaks or other control characters that could forge an entry.</summary>
public static class LogText
{
    /// <summary><paramref name="value"/> with every control, line- or paragraph-separator character written as \uXXXX.</summary>
    public static string? Safe(string? value)
    {
        if (value is null || !value.Any(IsUnsafe))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (IsUnsafe(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Format;
}
