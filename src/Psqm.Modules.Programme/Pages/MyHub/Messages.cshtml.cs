using Psqm.Core;
using Psqm.Core.Forms;
using Psqm.Core.Routing;
using Psqm.Core.Security;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages.MyHub;

/// <summary>A school's thread as its hub leader (or HQ) writes in it.</summary>
[RequirePermission("MentorSchools", "AssessSchools", "ManageProgramme")]
[UploadSizeLimit(UploadKind.Evidence)]
public sealed class MessagesModel(SchoolYears years, MessageThreadServices thread) : MessageThreadModel(thread)
{
    public override bool AsSchool => false;

    protected override string ThreadPage => "/MyHub/Messages";

    protected override async Task<SchoolYear?> FindYearAsync(int? id) => id is { } value ? await years.FindAsync(User, value, HttpContext.RequestAborted) : null;
}
