using Psqm.Core.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Data;
using Psqm.Core.Events;
using Psqm.Core.Modules;
using Psqm.Core.Navigation;
using Psqm.Core.Recipes;
using Psqm.Core.Search;
using Psqm.Core.Security;
using Psqm.Core.Storage;
using Psqm.Modules.Content.Recipes;
using Psqm.Programme;

using Psqm.Modules.Content.Review;
using Psqm.Modules.Workflows.Engine;

namespace Psqm.Modules.Content;

public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest => Content.Manifest.Value;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<ContentDbContext>();
        services.AddSingleton<PublishedContent>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<ContentTypes>();
        services.AddScoped<ContentManager>();
        services.AddScoped<TaxonomyWriter>();
        services.AddDomainEventListener<QualityMarksChanged, AwardLevelsFollowFrameworks>();
        services.AddSingleton<ContentSearchDocuments>();
        services.AddScoped<ISearchSource, ContentSearchSource>();
        services.AddScoped<MediaStore>();
        services.AddSingleton<Psqm.Core.Modules.ICommandLineContributor, Cli.MediaCommands>();
        services.AddSingleton<ContentForm>();
        services.AddScoped<ContentAccess>();
        services.AddScoped<ContentReview>();
        services.AddScoped<ContentReviewNotices>();
        services.AddScoped<IDashboardTasks, ContentReviewTasks>();
        services.AddScoped<IWorkflowRule, ContentAuthorRule>();
        services.AddScoped<IWorkflowRule, ContentPublisherRule>();
        services.AddScoped<IWorkflowGuard, ContentUnchangedGuard>();
        services.AddScoped<IWorkflowAction, PublishContentAction>();
        services.AddScoped<IWorkflowAction, NotifyContentAction>();
        services.AddSingleton<ContentLists>();
        services.AddSingleton<ContentAlternates>();
        services.AddSingleton<Permissions>();
        services.AddSingleton<IPermissionProvider>(sp => sp.GetRequiredService<Permissions>());
        services.AddSingleton<IAdminMenuProvider>(sp => sp.GetRequiredService<Permissions>());
        services.AddSingleton<IRecipeStepHandler, TaxonomiesStep>();
        services.AddSingleton<IRecipeStepHandler, ContentStep>();
    }

    // Media are served by their generated name; images inline, documents as downloads with their own name.
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // The live preview of the editor; the Preview button does the same without script.
        endpoints.MapPost("/admin/content/preview", ([FromForm] string? markdown, MarkdownRenderer renderer) =>
                Results.Content(renderer.ToHtml((markdown ?? "")[..Math.Min(markdown?.Length ?? 0, 20000)]), "text/html; charset=utf-8"))
            .RequireAuthorization(PermissionPolicy.For(Permissions.EditContent.Name, Permissions.EditHubContent.Name))
            .ForModule(Content.Manifest.Value);

        // An image as it was uploaded, metadata and all: for those who manage media, never for visitors.
        endpoints.MapGetAndHead("/admin/media/original/{file}", async (string file, ContentDbContext db, MediaStore store, IFileStore files, HttpContext context) =>
            await db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.FileName == file, context.RequestAborted) is { KeepsUpload: true } item
                && await files.ServeAsync(MediaStore.OriginalOf(item), item.MediaType, item.OriginalName, context.RequestAborted) is { } original
                ? original
                : Results.NotFound())
            .RequireAuthorization(PermissionPolicy.For(Permissions.ManageMedia.Name))
            .ForModule(Content.Manifest.Value);

        endpoints.MapGetAndHead("/media/{file}", async (string file, MediaStore store, IFileStore files, IEnumerable<IMediaAccess> access, HttpContext context) =>
        {
            // An image's narrower copy ("{name}-640.webp") is served as the image is, to whoever may see the image.
            if (await store.FindServedAsync(file, context.RequestAborted) is not { } served)
            {
                return Results.NotFound();
            }

            var (item, path, type) = served;
            // A members-only file is not found by anyone else, so its address reveals nothing.
            var restricted = false;
            foreach (var rule in access)
            {
                restricted |= await rule.IsRestrictedAsync(item.FileName, context.RequestAborted);
            }

            if (restricted && context.User.Identity?.IsAuthenticated != true)
            {
                return Results.NotFound();
            }

            if (await files.ServeAsync(path, type, item.IsImage ? null : item.OriginalName, context.RequestAborted) is not { } response)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = restricted ? "private, no-store" : "public, max-age=31536000, immutable";
            return response;
        }).ForModule(Content.Manifest.Value);
    }
}
