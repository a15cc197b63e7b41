using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Tenants;

/// <summary>Host administration exists only on the Default tenant; elsewhere its pages do not exist (404).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class HostOnlyAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HttpContext.GetTenant()?.IsDefault != true)
        {
            context.Result = new NotFoundResult();
            return Task.CompletedTask;
        }

        return next();
    }
}
