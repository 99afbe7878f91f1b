using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SteeringDashboard.Core.Security;
using SteeringDashboard.Web.Security;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Security;

public sealed class CreateAdminCommandTests(SteeringAppFactory app) : IClassFixture<SteeringAppFactory>
{
    private const string GoodPassword = "lanterns over west lake 2018";

    [Fact]
    public async Task CreatesAnAdministratorWhoCanSignIn()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await CreateAdminCommand.RunAsync(
            app.Services, ["create-admin", "--user", "chief.admin", "--name", "Nguyễn Văn Quản"], () => GoodPassword, output, error);

        Assert.Equal(0, exitCode);
        Assert.Equal("Created the administrator chief.admin (Nguyễn Văn Quản).", output.ToString().Trim());
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SteeringUser>>();
        var user = await users.FindByNameAsync("chief.admin");
        Assert.NotNull(user);
        Assert.Equal("Nguyễn Văn Quản", user.DisplayName);
        Assert.Equal([nameof(SteeringRole.Administrator)], await users.GetRolesAsync(user));
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var signIn = await SteeringAppFactory.PostSignInAsync(client, "chief.admin", GoodPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Theory]
    [InlineData("password", "Passwords must be at least 12 characters.")]
    [InlineData("password1234", "The password is on the list of commonly used passwords.")]
    [InlineData("weak.admin is my password", "The password contains the user name.")]
    public async Task RefusesAWeakPasswordWithThePolicysReasonAndCreatesNothing(string password, string reason)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await CreateAdminCommand.RunAsync(
            app.Services, ["create-admin", "--user", "weak.admin", "--name", "Weak"], () => password, output, error);

        Assert.Equal(1, exitCode);
        Assert.Contains($"- {reason}", error.ToString(), StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<SteeringUser>>().FindByNameAsync("weak.admin"));
    }

    [Theory]
    [InlineData("--user", "someone")]
    [InlineData("--name", "Someone")]
    public async Task WithoutAUserAndANameItExplainsItsUsage(string option, string value)
    {
        string[] args = ["create-admin", option, value];
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await CreateAdminCommand.RunAsync(app.Services, args, () => GoodPassword, output, error);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("Usage: create-admin --user NAME", error.ToString(), StringComparison.Ordinal);
    }
}
