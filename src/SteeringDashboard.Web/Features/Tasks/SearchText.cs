using System.Globalization;
using System.Text;

namespace SteeringDashboard.Web.Features.Tasks;

/// <summary>Text matching that ignores case and Vietnamese diacritics, so that "ba dinh" finds "Ba Đình".</summary>
public static class SearchText
{
    /// <summary>The text lower-cased, without diacritics, with runs of white space collapsed to one space.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            // Đ/đ is a letter of its own, not D with a combining mark, so decomposition leaves it in place.
            builder.Append(c is 'Đ' or 'đ' ? 'd' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>True when the folded <paramref name="text"/> contains the already folded <paramref name="foldedQuery"/>.</summary>
    public static bool Matches(string text, string foldedQuery) =>
        Fold(text).Contains(foldedQuery, StringComparison.Ordinal);
}
