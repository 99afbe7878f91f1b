using System.Text;

namespace SteeringDashboard.Core.Indicators;

/// <summary>
/// The text of a CSV file as Excel and editors save it: UTF-8 with or without a byte order mark, UTF-16 (Excel's "Unicode
/// text"), or the Windows code page of the computer that saved it (Windows-1258 for Vietnamese regional settings, whose tone
/// marks are separate combining characters, or Windows-1252), always returned in composed form (NFC). Also finds the
/// separator Excel used: a comma, or a semicolon or tab where the regional decimal separator is a comma.
/// </summary>
internal static class SheetText
{
    private const int SeparatorSampleLines = 50;

    // Windows-1258's combining tone marks (grave, hook above, tilde, acute, dot below): they follow the letter they mark.
    private static readonly byte[] ToneMarkBytes = [0xCC, 0xD2, 0xDE, 0xEC, 0xF2];

    // Bytes Windows-1252 maps to letters (Š, Ž, š, ž) and Windows-1258 leaves undefined.
    private static readonly byte[] Only1252Bytes = [0x8A, 0x8E, 0x9A, 0x9E];

    private static readonly char[] Separators = [',', ';', '\t'];

    private static readonly Encoding Windows1258 = CodePage(1258);

    private static readonly Encoding Windows1252 = CodePage(1252);

    /// <summary>The file's text, or null when it is not text in one of those encodings (binary content, broken UTF-16).</summary>
    public static string? Decode(byte[] bytes)
    {
        var text = DecodeRaw(bytes);
        if (text is null || text.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t')))
        {
            return null;
        }

        return text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The separator of most fields (outside quotes) in the first lines, a comma when they are equal; null when the first lines
    /// have none of comma, semicolon and tab.
    /// </summary>
    public static char? SeparatorOf(string text)
    {
        var counts = new int[Separators.Length];
        var quoted = false;
        var lines = 0;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '\n' && ++lines >= SeparatorSampleLines)
            {
                break;
            }
            else if (!quoted && Array.IndexOf(Separators, c) is var index and >= 0)
            {
                counts[index]++;
            }
        }

        var best = Array.IndexOf(counts, counts.Max());
        return counts[best] == 0 ? null : Separators[best];
    }

    private static string? DecodeRaw(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            return Strict(new UTF8Encoding(false, throwOnInvalidBytes: true), bytes, 3);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Strict(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes, 2);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Strict(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes, 2);
        }

        if (span.Contains((byte)0))
        {
            return Utf16WithoutMark(bytes);
        }

        return Strict(new UTF8Encoding(false, throwOnInvalidBytes: true), bytes, 0)
            ?? (LooksLike1258(bytes) ? Windows1258 : Windows1252).GetString(bytes);
    }

    /// <summary>UTF-16 saved without a byte order mark: ASCII text has a zero in every other byte (odd ones little-endian).</summary>
    private static string? Utf16WithoutMark(byte[] bytes)
    {
        if (bytes.Length % 2 != 0)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < bytes.Length; i += 2)
        {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }

        var pairs = bytes.Length / 2;
        return oddZeros * 2 > pairs && evenZeros == 0 ? Strict(new UnicodeEncoding(false, false, true), bytes, 0)
            : evenZeros * 2 > pairs && oddZeros == 0 ? Strict(new UnicodeEncoding(true, false, true), bytes, 0)
            : null;
    }

    /// <summary>Windows-1258 unless a byte only Windows-1252 defines appears, or a tone mark follows something other than a letter.</summary>
    private static bool LooksLike1258(byte[] bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (Array.IndexOf(Only1252Bytes, bytes[i]) >= 0)
            {
                return false;
            }

            if (Array.IndexOf(ToneMarkBytes, bytes[i]) >= 0 && (i == 0 || !char.IsLetter(Windows1258.GetString(bytes, i - 1, 1)[0])))
            {
                return false;
            }
        }

        return true;
    }

    private static string? Strict(Encoding encoding, byte[] bytes, int offset)
    {
        try
        {
            return encoding.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static Encoding CodePage(int number)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(number);
    }
}
