using Microsoft.AspNetCore.Http;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Modules;

/// <summary>A module that a tenant has not enabled serves nothing there: its endpoints answer 404.</summary>
public sealed class ModuleGateMiddleware(RequestDelegate next, EnabledModules modules)
{
    public Task InvokeAsync(HttpContext context)
    {
        var module = context.GetEndpoint()?.Metadata.GetMetadata<ModuleMetadata>();
        var tenant = context.GetTenant();
        if (module is not null && tenant is not null && !modules.IsEnabled(tenant, module.Module))
        {
            context.SetEndpoint(null);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
