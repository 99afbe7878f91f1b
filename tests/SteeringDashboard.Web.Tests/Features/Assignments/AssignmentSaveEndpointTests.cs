using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Assignments;
using SteeringDashboard.Core.Data;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Features.Assignments;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Features.Assignments;

/// <summary>The save endpoint in the whole app, signed in through the form: the edit dialog's save for clients that are not a page.</summary>
public sealed class AssignmentSaveEndpointTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>A 1×1 transparent PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheStandingAgencysSaveIsStoredWithItsHistoryRowAndAnswersWithTheNewVersion()
    {
        using var client = await app.CreateSignedInClientAsync(SteeringRole.StandingAgency);
        var before = await AssignmentAsync(0);

        using var response = await PostAsync(client, before.Id, await TokenAsync(client), before.Version, "InProgress", "37");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<AssignmentSaveEndpoint.SavedState>(Web, Cancellation);
        var after = await AssignmentAsync(0);
        Assert.Equal((after.Version, AssignmentState.InProgress, 37), (answer!.Version, after.State, after.Progress));
        Assert.NotEqual(before.Version, after.Version);
        var row = await LatestHistoryAsync(before.Id);
        Assert.Equal((37, "Test StandingAgency"), (row.NewProgress, row.ChangedBy));
    }

    [Fact]
    public async Task ASaveFromAnOutdatedVersionIsAConflictWithTheCurrentStateAndNothingIsSaved()
    {
        using var client = await app.CreateSignedInClientAsync(SteeringRole.StandingAgency);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var before = await AssignmentAsync(1);

        using var response = await PostAsync(client, before.Id, await TokenAsync(client), Guid.NewGuid(), "InProgress", "12");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<AssignmentSaveEndpoint.SavedState>(Web, Cancellation);
        Assert.Equal((before.Version, before.Progress), (answer!.Version, answer.Progress));
        Assert.Equal("Someone else saved this assignment after you opened it. Your changes have not been saved.", answer.Message);
        Assert.Equal(before, await AssignmentAsync(1));
    }

    [Fact]
    public async Task ACommitteeMemberIsRefusedInTheirLanguageAndNothingIsSaved()
    {
        using var client = await app.CreateSignedInClientAsync(SteeringRole.CommitteeMember);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("vi-VN");
        var before = await AssignmentAsync(2);

        using var response = await PostAsync(client, before.Id, await TokenAsync(client), before.Version, "InProgress", "55");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Bạn không có quyền cập nhật nhiệm vụ của đơn vị này", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(before, await AssignmentAsync(2));
    }

    [Fact]
    public async Task WithoutTheAntiforgeryTokenNothingIsSaved()
    {
        using var client = await app.CreateSignedInClientAsync(SteeringRole.StandingAgency);
        var before = await AssignmentAsync(3);

        using var response = await PostAsync(client, before.Id, token: null, before.Version, "InProgress", "66");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await AssignmentAsync(3));
    }

    [Fact]
    public async Task ABodyThatIsNotAFormIsRefusedAndNothingIsSaved()
    {
        using var client = await app.CreateSignedInClientAsync(SteeringRole.StandingAgency);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var before = await AssignmentAsync(5);
        using var request = new HttpRequestMessage(HttpMethod.Post, AssignmentSaveEndpoint.PathOf(before.Id))
        {
            Content = JsonContent.Create(new { version = before.Version, state = "InProgress", progress = 70 }),
        };
        request.Headers.Add("RequestVerificationToken", await TokenAsync(client));

        using var response = await client.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("Send the save as a form", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(before, await AssignmentAsync(5));
    }

    [Fact]
    public async Task BadInputIsExplainedFieldByFieldAndNothingIsSaved()
    {
        using var client = await app.CreateSignedInClientAsync(SteeringRole.StandingAgency);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var token = await TokenAsync(client);
        var before = await AssignmentAsync(4);

        using var unreadable = await PostAsync(client, before.Id, token, before.Version, "Finished", "abc");
        using var broken = await PostAsync(client, before.Id, token, before.Version, "Completed", "50");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (unreadable.StatusCode, broken.StatusCode));
        var unreadableErrors = await ErrorsAsync(unreadable);
        Assert.Equal(["The field progress is missing or not valid. Nothing was saved."], unreadableErrors["progress"]);
        Assert.Equal(["The field state is missing or not valid. Nothing was saved."], unreadableErrors["state"]);
        var brokenErrors = await ErrorsAsync(broken);
        Assert.Equal(["progress", "completedOn"], brokenErrors.Keys);
        Assert.Equal(before, await AssignmentAsync(4));
    }

    [Fact]
    public async Task AnEvidenceFilePostedWithTheSaveIsStoredWithTheChangesHistoryRow()
    {
        using var client = await app.CreateSignedInClientAsync(SteeringRole.StandingAgency);
        var before = await AssignmentAsync(6);

        using var response = await PostWithFileAsync(client, before.Id, await TokenAsync(client), before.Version, "ảnh hội nghị.png", Png);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = await LatestHistoryAsync(before.Id);
        var evidence = Assert.Single(row.Evidence);
        Assert.Equal(("ảnh hội nghị.png", "image/png", (long)Png.Length), (evidence.FileName, evidence.ContentType, evidence.SizeBytes));
        Assert.Equal(Png, await File.ReadAllBytesAsync(Path.Combine(app.FilesFolder, evidence.StoredName), Cancellation));
    }

    [Fact]
    public async Task AnEvidenceFileOfAnotherTypeIsRefusedByNameAndNeitherTheChangeNorAFileIsKept()
    {
        using var client = await app.CreateSignedInClientAsync(SteeringRole.StandingAgency);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var before = await AssignmentAsync(7);
        var filesBefore = Directory.GetFiles(app.FilesFolder).Order().ToList();

        using var response = await PostWithFileAsync(client, before.Id, await TokenAsync(client), before.Version, "setup.pdf", [0x4D, 0x5A, 0x90, 0x00]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Only PDF, PNG and JPEG files can be attached."], (await ErrorsAsync(response))[AssignmentSaveEndpoint.EvidenceField]);
        Assert.Equal(before, await AssignmentAsync(7));
        Assert.Equal(filesBefore, Directory.GetFiles(app.FilesFolder).Order().ToList());
    }

    [Fact]
    public async Task WhenTheStorageRefusesTheFileTheClientIsToldSoAndNothingIsSaved()
    {
        using var client = await app.CreateSignedInClientAsync(SteeringRole.StandingAgency);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var before = await AssignmentAsync(8);
        var token = await TokenAsync(client);
        // A file where the files folder should be: the store cannot create its folder, as on a broken mount.
        var folder = app.FilesFolder;
        var moved = folder + ".moved";
        Directory.Move(folder, moved);
        HttpResponseMessage response;
        try
        {
            await File.WriteAllTextAsync(folder, "not a folder", Cancellation);
            response = await PostWithFileAsync(client, before.Id, token, before.Version, "ảnh hội nghị.png", Png);
        }
        finally
        {
            File.Delete(folder);
            Directory.Move(moved, folder);
        }

        using (response)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
            Assert.Equal(
                "Your change was not saved: the server's storage is full or read-only. Nothing was changed. Please tell the administrator, then try again.",
                problem.RootElement.GetProperty("detail").GetString());
        }

        Assert.Equal(before, await AssignmentAsync(8));
    }

    private static async Task<string> TokenAsync(HttpClient client) =>
        SteeringAppFactory.AntiforgeryToken(await client.GetStringAsync("/", Cancellation));

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, int assignmentId, string? token, Guid version, string state, string progress)
    {
        var fields = new Dictionary<string, string>
        {
            [AssignmentSaveEndpoint.VersionField] = version.ToString(),
            [AssignmentSaveEndpoint.StateField] = state,
            [AssignmentSaveEndpoint.ProgressField] = progress,
        };
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        return client.PostAsync(AssignmentSaveEndpoint.PathOf(assignmentId), new FormUrlEncodedContent(fields), Cancellation);
    }

    private static Task<HttpResponseMessage> PostWithFileAsync(
        HttpClient client, int assignmentId, string token, Guid version, string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(version.ToString()), AssignmentSaveEndpoint.VersionField },
            { new StringContent("InProgress"), AssignmentSaveEndpoint.StateField },
            { new StringContent("45"), AssignmentSaveEndpoint.ProgressField },
            { new ByteArrayContent(content), AssignmentSaveEndpoint.EvidenceField, fileName },
        };
        return client.PostAsync(AssignmentSaveEndpoint.PathOf(assignmentId), form, Cancellation);
    }

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        return problem.RootElement.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }

    // Each test works on an assignment of its own (the n-th by id), so that their saves do not meet.
    private async Task<(int Id, Guid Version, AssignmentState State, int Progress)> AssignmentAsync(int n)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        var assignment = await db.Assignments.OrderBy(a => a.Id).Skip(n).FirstAsync(Cancellation);
        return (assignment.Id, assignment.Version, assignment.State, assignment.Progress);
    }

    private async Task<AssignmentHistory> LatestHistoryAsync(int assignmentId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SteeringDbContext>>().CreateDbContextAsync(Cancellation);
        return await db.AssignmentHistory.Include(h => h.Evidence).Where(h => h.AssignmentId == assignmentId).OrderByDescending(h => h.Id).FirstAsync(Cancellation);
    }
}
