using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Data;
using Psqm.Core.Events;
using Psqm.Core.Modules;
using Psqm.Core.Recipes;
using Psqm.Core.Routing;
using Psqm.Core.Security;
using Psqm.Modules.Users.Data;
using Psqm.Modules.Users.Recipes;
using Psqm.Modules.Users.Services;

namespace Psqm.Modules.Users;

public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest => Users.Manifest.Value;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<UsersDbContext>();
        services.AddIdentity<PsqmUser, PsqmRole>(options =>
            {
                // Length over composition rules, as current password guidance advises.
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;

                // Identity's lockout would let anyone lock anyone out; SignInThrottle slows guessing instead, and a
                // lockout end in the far future is what disabling an account sets.
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<UsersDbContext>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddClaimsPrincipalFactory<PsqmClaimsFactory>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName);
        services.Configure<InvitationTokenProviderOptions>(_ => { });
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie = new TenantCookieBuilder(".Psqm.Auth");
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/access-denied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = context => RedirectToPage(context, "/Account/SignIn");
            options.Events.OnRedirectToAccessDenied = context => RedirectToPage(context, "/Account/AccessDenied");
            options.Events.OnValidatePrincipal = ValidateSessionAsync;
        });
        services.Configure<SecurityStampValidatorOptions>(options => options.OnRefreshingPrincipal = context =>
        {
            // A refreshed cookie stays the same server-side session.
            if (context.CurrentPrincipal?.FindFirst(UserSessions.Claim) is { } session && context.NewPrincipal?.Identity is ClaimsIdentity identity)
            {
                identity.AddClaim(new Claim(session.Type, session.Value));
            }

            return Task.CompletedTask;
        });
        foreach (var scheme in new[] { IdentityConstants.ExternalScheme, IdentityConstants.TwoFactorRememberMeScheme, IdentityConstants.TwoFactorUserIdScheme })
        {
            services.Configure<CookieAuthenticationOptions>(scheme, options => options.Cookie = new TenantCookieBuilder(".Psqm." + scheme.Split('.')[^1]));
        }

        services.AddScoped<IRolePermissionStore, RolePermissionStore>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<DemoPassword>();
        services.AddSingleton<IRecipeStepHandler, RolesStep>();
        services.AddSingleton<IRecipeStepHandler, DemoUsersStep>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<UserSessions>();
        services.AddScoped<UserAdministration>();
        services.AddDomainEventListener<Psqm.Programme.SubjectLeaderAdded, ProgrammeAccounts>();
        services.AddDomainEventListener<Psqm.Programme.HubLeaderAppointed, ProgrammeAccounts>();
        services.AddSingleton<Psqm.Core.Modules.ICommandLineContributor, Cli.UserCommands>();
        services.AddSingleton<Psqm.Core.Navigation.IAdminMenuProvider, Permissions>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<Psqm.Core.Hubs.IHubMembers, HubMembers>();
        services.AddScoped<Psqm.Core.Notifications.INotifications, Notifications>();
    }

    // A cookie is good only while its session exists on the server (and its security stamp is current).
    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal is null)
        {
            return;
        }

        var session = context.Principal.FindFirst(UserSessions.Claim)?.Value;
        if (session is null || !await context.HttpContext.RequestServices.GetRequiredService<UserSessions>().IsActiveAsync(session, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    // Sign-in and access-denied pages in the language of the page that asked, with its route words.
    private static Task RedirectToPage(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, string page)
    {
        var links = context.HttpContext.RequestServices.GetRequiredService<PageLinks>();
        var returnUrl = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(context.RedirectUri).Query)
            .GetValueOrDefault(context.Options.ReturnUrlParameter).ToString();
        var url = links.Page(context.HttpContext, page, string.IsNullOrEmpty(returnUrl) ? null : new { returnUrl });
        context.Response.Redirect(url ?? context.RedirectUri);
        return Task.CompletedTask;
    }
}
