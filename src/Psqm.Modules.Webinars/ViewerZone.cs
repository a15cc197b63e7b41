using Microsoft.AspNetCore.Http;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Webinars;

/// <summary>The zone a visitor chose (the <c>tz</c> query value) among those the tenant offers, when it differs from the tenant's own.</summary>
public static class ViewerZone
{
    public const string Query = "tz";

    public static IReadOnlyList<TimeZoneInfo> Offered(Tenant tenant) =>
        tenant.Site.ViewerTimeZones.Select(id => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null).OfType<TimeZoneInfo>().ToArray();

    public static TimeZoneInfo? Chosen(HttpContext context)
    {
        var tenant = context.RequiredTenant();
        var id = context.Request.Query[Query].FirstOrDefault();
        return id is null || id == tenant.TimeZone.Id ? null : Offered(tenant).FirstOrDefault(z => z.Id == id);
    }
}
