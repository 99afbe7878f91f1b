using Bunit;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Web.Features.Assignments;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Assignments;

public sealed class EvidenceLinksTests : BunitContext
{
    public EvidenceLinksTests() => this.AddSteeringDefaults();

    [Fact]
    public void LinksEachFileToItsDownloadWithTypeAndSizeInTheUsersLanguage()
    {
        using var culture = CultureScope.Use("vi-VN");
        EvidenceFileInfo[] files =
        [
            new(41, "biên bản.pdf", "application/pdf", 2_621_440),
            new(42, "áp phích.png", "image/png", 1_500),
        ];

        var links = Render<EvidenceLinks>(p => p.Add(c => c.Files, files));

        Assert.Equal(
            [("/evidence/41", "biên bản.pdf", "biên bản.pdf (PDF, 2,5 MB)"), ("/evidence/42", "áp phích.png", "áp phích.png (ảnh PNG, 2 KB)")],
            links.FindAll("li").Select(li =>
            {
                var a = li.QuerySelector("a")!;
                return (a.GetAttribute("href"), a.GetAttribute("download"), string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            }));
        Assert.Equal("Tệp minh chứng", links.Find("ul").GetAttribute("aria-label"));
    }

    [Fact]
    public void RendersNothingWithoutFiles()
    {
        var links = Render<EvidenceLinks>(p => p.Add(c => c.Files, []));

        Assert.Empty(links.Markup.Trim());
    }
}
