using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Psqm.Core.Recipes;
using Psqm.Modules.Users.Data;
using Psqm.Modules.Users.Services;

namespace Psqm.Modules.Users.Recipes;

/// <summary>The <c>demo-users</c> step: one account per role, in Development only, so a new user can sign in at once.</summary>
public sealed class DemoUsersStep(IHostEnvironment environment, DemoPassword password) : IRecipeStepHandler
{
    public const string Domain = "example.org";

    public string StepName => "demo-users";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            return;
        }

        var users = context.Services.GetRequiredService<UserManager<PsqmUser>>();
        foreach (var role in Roles.All)
        {
            var email = $"{role.ToLowerInvariant()}@{Domain}";
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new PsqmUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Demo {role}" };
            var created = await users.CreateAsync(user, password.Value);
            if (created.Succeeded)
            {
                created = await users.AddToRoleAsync(user, role);
            }

            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }
        }
    }
}
