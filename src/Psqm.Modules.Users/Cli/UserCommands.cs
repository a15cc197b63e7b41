using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Email;
using Psqm.Core.Modules;
using Psqm.Core.Tenancy;
using Psqm.Modules.Users.Services;

namespace Psqm.Modules.Users.Cli;

/// <summary>
/// <c>users invite</c>: how the first administrator of a deployed site gets an account, since demo accounts exist in
/// Development only. The invitation is emailed like one sent from the users admin.
/// </summary>
public sealed class UserCommands : ICommandLineContributor
{
    public void AddCommands(RootCommand root, IServiceProvider services)
    {
        var users = new Command("users", "Invite people to a tenant from the command line.");
        var tenantOption = new Option<string>("--tenant") { Description = "The tenant, e.g. Default or Cymru.", Required = true };
        var emailOption = new Option<string>("--email") { Description = "Their email address.", Required = true };
        var nameOption = new Option<string>("--name") { Description = "Their name.", Required = true };
        var roleOption = new Option<string[]>("--role") { Description = "A role (repeatable): " + string.Join(", ", Roles.All) + ".", Required = true, AllowMultipleArgumentsPerToken = true };
        var cultureOption = new Option<string?>("--culture") { Description = "The language of their emails, e.g. cy-GB; the tenant's first language when left out." };
        var invite = new Command("invite", "Create an account and email its owner a link to choose a password (7 days, once).")
            { tenantOption, emailOption, nameOption, roleOption, cultureOption };
        invite.SetAction(async (result, cancellationToken) =>
        {
            var tenant = services.GetRequiredService<TenantRegistry>().Find(result.GetValue(tenantOption)!);
            if (tenant is null || tenant.State != TenantState.Running)
            {
                Console.Error.WriteLine("No running tenant has that name.");
                return 1;
            }

            var roles = (result.GetValue(roleOption) ?? []).ToList();
            if (roles.Count == 0 || roles.Any(r => !Roles.All.Contains(r)))
            {
                Console.Error.WriteLine("--role: use " + string.Join(", ", Roles.All) + ".");
                return 1;
            }

            var culture = result.GetValue(cultureOption) is { } name ? tenant.Cultures.FirstOrDefault(c => c.Name == name) : tenant.DefaultCulture;
            if (culture is null)
            {
                Console.Error.WriteLine("--culture: use one of " + string.Join(", ", tenant.Cultures.Select(c => c.Name)) + ".");
                return 1;
            }

            using var _ = TenantScope.Enter(tenant);
            await using var scope = services.CreateAsyncScope();
            var emails = scope.ServiceProvider.GetRequiredService<AccountEmails>();
            var (outcome, user) = await scope.ServiceProvider.GetRequiredService<UserAdministration>().InviteAsync(
                "", actorIsAdministrator: true, result.GetValue(emailOption)!.Trim(), result.GetValue(nameOption)!.Trim(), roles, null, culture,
                emails.InvitationLink, cancellationToken);
            if (outcome != UserChange.Ok)
            {
                Console.Error.WriteLine("There is already an account with this email address, or it is not a valid address.");
                return 1;
            }

            // Sent now: the command line runs no background jobs.
            await services.GetRequiredService<OutboxService>().SendDueAsync(tenant, cancellationToken);
            Console.WriteLine($"Invited {user!.Email} to {tenant.Name} as {string.Join(", ", roles)}; the link is in their email ({culture.Name}).");
            return 0;
        });

        users.Subcommands.Add(invite);
        root.Subcommands.Add(users);
    }
}
