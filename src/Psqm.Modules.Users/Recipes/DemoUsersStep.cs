using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Psqm.Core.Recipes;
using Psqm.Modules.Users.Data;
using Psqm.Modules.Users.Services;

namespace Psqm.Modules.Users.Recipes;

/// <summary>
/// The <c>demo-users</c> step: one account per role, in Development only, so a new user can sign in at once.
/// Given <c>hubs</c>, the hub leader and subject leader belong to the first, and each further hub gets its own
/// hub leader (<c>hubleader2@</c>, ...), so a hub's boundaries can be tried.
/// </summary>
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

        var hubs = context.Read<Model>().Hubs;
        var users = context.Services.GetRequiredService<UserManager<PsqmUser>>();
        var accounts = Roles.All.Select(role => (Role: role, Number: 1, Hub: role is Roles.HubLeader or Roles.SubjectLeader ? hubs.FirstOrDefault() : null))
            .Concat(hubs.Skip(1).Select((hub, i) => (Role: Roles.HubLeader, Number: i + 2, Hub: (string?)hub)));
        foreach (var (role, number, hub) in accounts)
        {
            var email = $"{role.ToLowerInvariant()}{(number > 1 ? number : "")}@{Domain}";
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new PsqmUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Demo {role}{(number > 1 ? $" {number}" : "")}", Hub = hub };
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

    private sealed class Model
    {
        public List<string> Hubs { get; set; } = [];
    }
}
