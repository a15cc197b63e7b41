using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Psqm.Core.Caching;
using Psqm.Core.Data;
using Psqm.Core.Email;
using Psqm.Core.Localization;
using Psqm.Core.Modules;
using Psqm.Core.Recipes;
using Psqm.Core.Routing;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;
using ZiggyCreatures.Caching.Fusion;

namespace Psqm.Core.Hosting;

public static class PsqmHostExtensions
{
    /// <summary>The tenant shell and every module's services.</summary>
    public static WebApplicationBuilder AddPsqm(this WebApplicationBuilder builder, params IModuleStartup[] modules)
    {
        var services = builder.Services;
        builder.AddPsqmTelemetry();
        services.AddOptions<PsqmOptions>().BindConfiguration(PsqmOptions.Section);
        services.AddSingleton<AppDataPaths>();
        var catalog = new ModuleCatalog(modules);
        services.AddSingleton(catalog);
        services.AddSingleton<EnabledModules>();

        services.AddDbContext<HostDbContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<IOptions<PsqmOptions>>().Value.Database;
            var connection = database.ConnectionString.Length > 0
                ? database.For(DatabaseOptions.HostName)
                : $"Data Source={sp.GetRequiredService<AppDataPaths>().HostDatabase}";
            options.UseProvider(database.Provider, connection, DataServiceCollectionExtensions.HistoryTable<HostDbContext>());
        });
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<StartupChecks>();
        services.AddSingleton<TenantUrls>();
        services.AddPsqmProxyHeaders();
        services.AddSingleton<TenantRegistry>();
        services.AddSingleton<TenantShells>();
        services.AddSingleton<TenantDatabase>();
        services.AddSingleton<RecipeStore>();
        services.AddSingleton<RecipeExecutor>();
        services.AddSingleton<IRecipeStepHandler, SiteStep>();
        services.AddSingleton<IRecipeStepHandler, LocalizationStep>();
        services.AddScoped<Events.DomainEvents>();
        services.AddSingleton<ICommandLineContributor, RecipeCommands>();
        services.AddHostedService<TenantHostedService>();
        services.AddHostedService<TenantRegistryFollower>();
        services.AddHealthChecks()
            .AddDbContextCheck<HostDbContext>("host database", tags: ["ready"])
            .AddCheck<TenantsHealthCheck>("tenants", tags: ["ready"]);

        services.AddSingleton<Storage.IFileStore>(sp => sp.GetRequiredService<IOptions<PsqmOptions>>().Value.Media.Storage.Equals("S3", StringComparison.OrdinalIgnoreCase)
            ? ActivatorUtilities.CreateInstance<Storage.S3FileStore>(sp)
            : ActivatorUtilities.CreateInstance<Storage.FolderFileStore>(sp));
        services.AddSingleton<PoCatalog>();
        services.AddSingleton<IStringLocalizerFactory, PoStringLocalizerFactory>();
        services.AddLocalization();
        services.AddSingleton<PageLinks>();
        services.AddTenantDbContext<Caching.CacheStampsDbContext>();
        services.AddFusionCache()
            .WithDefaultEntryOptions(Caching.TenantCache.Configure)
            .WithOptions(options => options.BackplaneChannelPrefix = "psqm")
            .TryWithRegisteredBackplane();
        services.AddSingleton<Caching.TenantCache>();
        services.AddSingleton<Caching.CacheStamps>();
        services.AddHostedService<Caching.CacheStampService>();
        services.AddPageCache();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, Caching.PublicDataChanges>();
        services.AddTenantDbContext<OutboxDbContext>();
        services.AddScoped<EmailOutbox>();
        services.AddScoped<Notifications.Notices>();
        services.AddScoped<OutboxSender>();
        services.AddSingleton<EmailComposer>();
        services.AddSingleton<EmailTransport>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxService>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxService>());

        AddCompression(services);
        var redis = Redis.Connection(builder.Configuration);
        AddTenantDataProtection(services, redis);
        services.AddAntiforgery(options =>
        {
            options.Cookie = new TenantCookieBuilder(TenantCookieBuilder.Antiforgery);
            options.FormFieldName = "__RequestVerificationToken";
        });
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(options =>
            options.Cookie = new TenantCookieBuilder(".Psqm.TempData"));
        services.AddSingleton<SecureCookies>();
        services.AddSingleton<Microsoft.Extensions.Options.IPostConfigureOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>>(sp => sp.GetRequiredService<SecureCookies>());
        services.AddSingleton<Microsoft.Extensions.Options.IPostConfigureOptions<AntiforgeryOptions>>(sp => sp.GetRequiredService<SecureCookies>());
        services.AddSingleton<Microsoft.Extensions.Options.IPostConfigureOptions<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>>(sp => sp.GetRequiredService<SecureCookies>());
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicy>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddAuthorization();
        services.AddPsqmRateLimits();
        if (redis is not null)
        {
            // After the page cache and rate limits, whose stores it replaces.
            services.AddPsqmRedis(redis);
        }

        services.AddRazorPages(options =>
            {
                options.Conventions.Add(new WelshRoutesConvention(catalog));
                options.Conventions.Add(new ModuleMetadataConvention(catalog));
            })
            .AddMvcOptions(options => options.Filters.Add<Forms.UnknownHandlerFilter>())
            // In the place of the simple-type binder, so a binder an attribute names still comes first.
            .AddMvcOptions(options => options.ModelBinderProviders.Insert(
                options.ModelBinderProviders.ToList().FindIndex(p => p is Microsoft.AspNetCore.Mvc.ModelBinding.Binders.SimpleTypeModelBinderProvider),
                new Forms.TextWithoutNul()))
            // Every required field says so itself, with a message in the page's language.
            .AddMvcOptions(options => options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true)
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, ModelBindingMessages>();
        services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.CookieTempDataProvider>();
        services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataProvider, QuietTempData>();

        foreach (var module in catalog.Startups)
        {
            module.ConfigureServices(services, builder.Configuration);
        }

        return builder;
    }

    /// <summary>The request pipeline: headers, tenant and language, error pages, then the modules' endpoints.</summary>
    public static WebApplication UsePsqm(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseResponseCompression();
        app.UseMiddleware<TenantMiddleware>();
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseStaticFiles(new StaticFileOptions
        {
            // A link made with asp-append-version names the file's content in its query, so that copy never changes;
            // any other is checked again each time (its ETag answers 304 when it has not changed).
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl =
                file.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "no-cache",
        });
        app.UseRouting();
        app.UseMiddleware<ModuleGateMiddleware>();

        // Before authentication: a kept page is for signed-out visitors only, and serving it needs nothing after this.
        app.UseOutputCache();
        app.UseAuthentication();

        // After authentication, so the tenant-wide limit can tell signed-out visitors from members.
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new()
        {
            Predicate = check => check.Tags.Contains("ready"),

            // The operator reads which tenant is failing in the answer itself.
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "text/plain; charset=utf-8";
                return context.Response.WriteAsync(string.Join("\n", report.Entries.Select(e => $"{e.Value.Status}: {e.Value.Description ?? e.Key}")));
            },
        });
        app.MapRazorPages();
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Startups)
        {
            module.MapEndpoints(app);
        }

        return app;
    }

    // Brotli, then gzip, at their fastest levels: a page is compressed afresh for each request. Every response is HTTPS
    // behind the proxy; the one secret a page carries, the antiforgery token, is encrypted afresh for each response,
    // so compressing it beside reflected input tells an eavesdropper nothing (BREACH).
    private static void AddCompression(IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes =
            [
                "text/html", "text/css", "text/javascript", "application/javascript", "application/json", "application/problem+json",
                "application/xml", "text/xml", "application/atom+xml", "text/calendar", "text/plain", "image/svg+xml", "text/csv",
            ];
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Fastest);
    }

    private static void AddTenantDataProtection(IServiceCollection services, Lazy<StackExchange.Redis.IConnectionMultiplexer>? redis)
    {
        // Every node reads the same ring, so a cookie or form one node issued is accepted by the next: in Redis when
        // there is one, else in the host database. (Keys an older version kept in AppData are copied in: HostKeyRing.)
        var protection = services.AddDataProtection().SetApplicationName("Psqm");
        if (redis is null)
        {
            protection.PersistKeysToDbContext<HostDbContext>();
        }
        else
        {
            protection.PersistKeysToStackExchangeRedis(() => redis.Value.GetDatabase(), "psqm:data-protection-keys");
        }

        // Wrap the key-ring provider so every purpose carries the tenant in scope.
        var inner = services.Last(d => d.ServiceType == typeof(IDataProtectionProvider));
        services.Remove(inner);
        services.AddSingleton<IDataProtectionProvider>(sp =>
            new TenantDataProtectionProvider((IDataProtectionProvider)(inner.ImplementationFactory?.Invoke(sp)
                ?? inner.ImplementationInstance
                ?? ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!))));
    }
}
