using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Modules;
using Psqm.Core.Tenancy;
using Psqm.Modules.Content.Engine;

namespace Psqm.Modules.Content.Cli;

/// <summary><c>media rebuild --tenant NAME</c>: prepares the images stored before uploads were prepared.</summary>
public sealed class MediaCommands : ICommandLineContributor
{
    public void AddCommands(RootCommand root, IServiceProvider services)
    {
        var media = new Command("media", "Work on a tenant's uploaded files.");
        var tenantOption = new Option<string>("--tenant") { Description = "The tenant whose images to prepare.", Required = true };
        var rebuild = new Command("rebuild", "Turn upright and strip the metadata of images stored without their size; each upload is kept for editors.") { tenantOption };
        rebuild.SetAction(async (result, cancellationToken) =>
        {
            var tenant = services.GetRequiredService<TenantRegistry>().Find(result.GetValue(tenantOption)!);
            if (tenant is null)
            {
                Console.Error.WriteLine("No such tenant.");
                return 1;
            }

            using var _ = TenantScope.Enter(tenant);
            await using var scope = services.CreateAsyncScope();
            var (prepared, unreadable) = await scope.ServiceProvider.GetRequiredService<MediaStore>().PrepareStoredImagesAsync(cancellationToken);
            Console.WriteLine($"{tenant.Name}: {prepared} images prepared, {unreadable} could not be read and are left as they were.");
            return unreadable == 0 ? 0 : 2;
        });

        media.Subcommands.Add(rebuild);
        root.Subcommands.Add(media);
    }
}
