using System.Text;
using Microsoft.AspNetCore.Identity;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Web.Security;

/// <summary>
/// <c>create-admin --user NAME --name "Display name"</c>: a production install's first administrator. The password comes from
/// the <see cref="PasswordVariable"/> environment variable when set, else from standard input (asked twice, unechoed, on a terminal).
/// </summary>
public static class CreateAdminCommand
{
    public const string Name = "create-admin";
    public const string PasswordVariable = "STEERING_ADMIN_PASSWORD";

    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>Creates the administrator; returns the process's exit code (0 created, 1 refused, 2 wrong usage).</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, Func<string?> readPassword, TextWriter output, TextWriter error)
    {
        var userName = ValueOf(args, "--user");
        var displayName = ValueOf(args, "--name");
        if (userName is null || displayName is null)
        {
            await error.WriteLineAsync($"Usage: {Name} --user NAME --name \"Display name\" (password from standard input or ${PasswordVariable})");
            return 2;
        }

        if (readPassword() is not { Length: > 0 } password)
        {
            await error.WriteLineAsync("No password given.");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SteeringUser>>();
        var user = new SteeringUser
        {
            UserName = userName,
            DisplayName = displayName,
            CreatedAtUtc = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, nameof(SteeringRole.Administrator));
        }

        if (!created.Succeeded)
        {
            await error.WriteLineAsync($"The administrator {userName} was not created:");
            foreach (var reason in created.Errors)
            {
                await error.WriteLineAsync($"- {Describe(reason)}");
            }

            return 1;
        }

        await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordAsync(
            AuditEvent.UserCreated, user.Id, userName, $"user {userName}", $"{SteeringRole.Administrator}, by the {Name} command");
        await output.WriteLineAsync($"Created the administrator {userName} ({displayName}).");
        return 0;
    }

    /// <summary>The password from <see cref="PasswordVariable"/>, else a line of standard input (unechoed and confirmed on a terminal).</summary>
    public static string? ReadPassword()
    {
        if (Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine();
        }

        var password = Prompt("Password: ");
        return password == Prompt("Password again: ") ? password : null;
    }

    private static string Prompt(string label)
    {
        Console.Error.Write(label);
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return typed.ToString();
    }

    private static string? ValueOf(string[] args, string option)
    {
        var index = Array.IndexOf(args, option);
        return index >= 0 && index + 1 < args.Length && args[index + 1].Trim() is { Length: > 0 } value ? value : null;
    }

    private static string Describe(IdentityError error) => error.Code switch
    {
        PasswordPolicy.TooLongCode => $"The password is longer than {PasswordPolicy.MaximumLength} characters.",
        PasswordPolicy.CommonCode => "The password is on the list of commonly used passwords.",
        PasswordPolicy.ContainsUserNameCode => "The password contains the user name.",
        _ => error.Description is { Length: > 0 } description ? description : error.Code,
    };
}
