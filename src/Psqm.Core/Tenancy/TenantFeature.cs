using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Psqm.Core.Tenancy;

/// <summary>What tenant resolution found for this request.</summary>
public sealed record TenantFeature(Tenant Tenant, CultureInfo Culture, PathString AppBase);

public static class TenantHttpContextExtensions
{
    public static Tenant? GetTenant(this HttpContext context) => context.Features.Get<TenantFeature>()?.Tenant;

    public static Tenant RequiredTenant(this HttpContext context) =>
        context.GetTenant() ?? throw new InvalidOperationException("No tenant was resolved for this request.");
}
