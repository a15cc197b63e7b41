using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Psqm.Core.Security;
using Psqm.Modules.Enquiries.Data;

namespace Psqm.Modules.Enquiries.Pages.Admin.Enquiries;

/// <summary>HQ sees every registration; a hub leader only their hub's ("" when they have no hub: nothing).</summary>
public static class EnquiryAccess
{
    public static async Task<string?> OnlyHubAsync(IAuthorizationService authorization, ClaimsPrincipal user) =>
        (await HubScope.ForAsync(authorization, user, Permissions.ManageEnquiries.Name)).Hub;

    public static IQueryable<Enquiry> Visible(this IQueryable<Enquiry> query, string? onlyHub) =>
        (onlyHub is null ? HubScope.Everything : HubScope.Only(onlyHub)).Filter(query, e => e.Hub);
}
