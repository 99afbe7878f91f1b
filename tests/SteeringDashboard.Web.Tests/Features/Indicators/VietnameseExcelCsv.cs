using System.Globalization;
using System.Text;

namespace SteeringDashboard.Web.Tests.Features.Indicators;

/// <summary>
/// A sheet saved as "CSV (Comma delimited)" by Excel on Windows with Vietnamese regional settings: fields separated by
/// semicolons (the list separator where the decimal separator is a comma), rows padded to the sheet's width, text in
/// Windows-1258 with each tone mark as a combining character after its letter, a character the code page lacks as '?'.
/// </summary>
public static class VietnameseExcelCsv
{
    private static readonly string ToneMarks = "\u0300\u0301\u0303\u0309\u0323";

    public static byte[] Save(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = Encoding.GetEncoding(1258, new EncoderReplacementFallback("?"), DecoderFallback.ExceptionFallback);
        var width = rows.Max(r => r.Count);
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(string.Join(';', Enumerable.Range(0, width).Select(i => Field(i < row.Count ? row[i] : string.Empty)))).Append("\r\n");
        }

        return encoding.GetBytes(SeparateToneMarks(text.ToString()));
    }

    private static string Field(string value) =>
        value.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>"ố" becomes "ô" and a combining acute: the base letter keeps its circumflex, breve or horn, the tone is separate.</summary>
    private static string SeparateToneMarks(string text)
    {
        var result = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var parts = c.ToString().Normalize(NormalizationForm.FormD);
            var tone = parts.FirstOrDefault(p => ToneMarks.Contains(p, StringComparison.Ordinal));
            if (tone == default)
            {
                result.Append(c);
                continue;
            }

            result.Append(parts.Replace(tone.ToString(), string.Empty, StringComparison.Ordinal).Normalize(NormalizationForm.FormC)).Append(tone);
        }

        return result.ToString();
    }

    /// <summary>A whole number as Vietnamese Excel writes it in a cell formatted with thousands separators.</summary>
    public static string Number(int value) => value.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));
}
