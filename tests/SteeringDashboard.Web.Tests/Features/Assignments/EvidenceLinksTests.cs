using Bunit;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Assignments;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Assignments;

public sealed class EvidenceLinksTests : BunitContext
{
    private const int BaDinh = 7;
    private const int BaVi = 8;

    private static readonly EvidenceFileInfo[] OneFile = [new(41, "biên bản.pdf", "application/pdf", 2_621_440)];

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

        this.SignInAs(new Actor("u1", "agency", "Agency officer", SteeringRole.StandingAgency, null));

        var links = Render<EvidenceLinks>(p => p.Add(c => c.Files, files).Add(c => c.UnitId, BaDinh));

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
        this.SignInAs(new Actor("u1", "agency", "Agency officer", SteeringRole.StandingAgency, null));

        var links = Render<EvidenceLinks>(p => p.Add(c => c.Files, []).Add(c => c.UnitId, BaDinh));

        Assert.Empty(links.Markup.Trim());
    }

    [Fact]
    public void TheUnitsOwnReporterGetsTheLink()
    {
        this.SignInAs(new Actor("u2", "reporter", "Reporter", SteeringRole.UnitReporter, BaDinh));

        var links = Render<EvidenceLinks>(p => p.Add(c => c.Files, OneFile).Add(c => c.UnitId, BaDinh));

        Assert.Equal("/evidence/41", links.Find("a").GetAttribute("href"));
    }

    [Theory]
    [InlineData(SteeringRole.UnitReporter, BaVi)]
    [InlineData(SteeringRole.Administrator, null)]
    public void OthersWhoMayNotReadTheUnitsEvidenceSeeTheFileNamedWithoutALink(SteeringRole role, int? unitId)
    {
        using var culture = CultureScope.Use("en-US");
        this.SignInAs(new Actor("u3", "someone", "Someone", role, unitId));

        var links = Render<EvidenceLinks>(p => p.Add(c => c.Files, OneFile).Add(c => c.UnitId, BaDinh));

        Assert.Empty(links.FindAll("a"));
        Assert.Equal(
            "biên bản.pdf (PDF, 2.5 MB; not available to you)",
            string.Join(' ', links.Find("li").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void NobodySignedInGetsNoLink()
    {
        var links = Render<EvidenceLinks>(p => p.Add(c => c.Files, OneFile).Add(c => c.UnitId, BaDinh));

        Assert.Empty(links.FindAll("a"));
    }
}
