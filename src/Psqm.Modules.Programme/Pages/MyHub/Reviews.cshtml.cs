using Microsoft.AspNetCore.Mvc.RazorPages;
using Psqm.Core.Security;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages.MyHub;

/// <summary>The submissions of other hubs' schools HQ asked this hub leader to review: those to do first, then those sent.</summary>
[RequirePermission("MentorSchools")]
public sealed class ReviewsModel(Reviews reviews) : PageModel
{
    public IReadOnlyList<(Review Review, Enrolment Enrolment)> Assigned { get; private set; } = [];

    public async Task OnGetAsync() => Assigned = await reviews.AssignedToAsync(User, HttpContext.RequestAborted);
}
