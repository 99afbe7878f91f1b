using System.Text;
using SteeringDashboard.Core.Indicators;

namespace SteeringDashboard.Core.Tests.Indicators;

public sealed class SheetTextTests
{
    private const string Vietnamese = "Mỗi dòng một đơn vị; Hoàn Kiếm, Ứng Hòa, Đống Đa";

    static SheetTextTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, byte[]> Encodings() => new()
    {
        { "UTF-8 with a byte order mark", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Vietnamese)] },
        { "UTF-8 without one", Encoding.UTF8.GetBytes(Vietnamese) },
        { "UTF-16 little-endian with a byte order mark", [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(Vietnamese)] },
        { "UTF-16 big-endian with a byte order mark", [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(Vietnamese)] },
        { "UTF-16 little-endian without one", Encoding.Unicode.GetBytes(Vietnamese) },
        { "Windows-1258 with separate tone marks", Encoding.GetEncoding(1258).GetBytes(Decomposed(Vietnamese)) },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void VietnameseTextIsReadInComposedFormWhateverItsEncoding(string name, byte[] bytes)
    {
        Assert.True(Vietnamese == SheetText.Decode(bytes), name);
    }

    [Fact]
    public void Windows1252IsReadWhenTheBytesCannotBeVietnamese()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("Šablona; café; Ðà");

        Assert.Equal("Šablona; café; Ðà", SheetText.Decode(bytes));
    }

    [Fact]
    public void BinaryContentIsNotText()
    {
        Assert.Null(SheetText.Decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44]));
    }

    [Theory]
    [InlineData("UnitCode,IndicatorCode,Year\nA,B,1\n", ',')]
    [InlineData("UnitCode;IndicatorCode;Year\nA;B;1,5\n", ';')]
    [InlineData("UnitCode\tIndicatorCode\tYear\n", '\t')]
    [InlineData("\"# Mỗi dòng, một đơn vị, tháng\";;\nUnitCode;IndicatorCode;Year\n", ';')]
    [InlineData("UnitCode IndicatorCode Year\n", null)]
    public void TheSeparatorIsTheOneOfMostFieldsOutsideQuotes(string text, char? expected)
    {
        Assert.Equal(expected, SheetText.SeparatorOf(text));
    }

    /// <summary>Each tone mark as a combining character after its letter, as Windows-1258 stores Vietnamese.</summary>
    private static string Decomposed(string text) => string.Concat(text.Select(c =>
    {
        var parts = c.ToString().Normalize(NormalizationForm.FormD);
        var tone = parts.FirstOrDefault(p => "\u0300\u0301\u0303\u0309\u0323".Contains(p, StringComparison.Ordinal));
        return tone == default ? c.ToString() : parts.Replace(tone.ToString(), string.Empty, StringComparison.Ordinal).Normalize(NormalizationForm.FormC) + tone;
    }));
}
