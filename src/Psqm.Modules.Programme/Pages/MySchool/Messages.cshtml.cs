using Psqm.Core;
using Psqm.Core.Forms;
using Psqm.Core.Routing;
using Psqm.Core.Security;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages.MySchool;

/// <summary>The school's thread with its hub leader.</summary>
[RequirePermission("WorkOnOwnSchool")]
[UploadSizeLimit(UploadKind.Evidence)]
public sealed class MessagesModel(SchoolYears years, MessageThreadServices thread) : MessageThreadModel(thread)
{
    public override bool AsSchool => true;

    protected override string ThreadPage => "/MySchool/Messages";

    protected override Task<SchoolYear?> FindYearAsync(int? id) => years.OwnAsync(User, HttpContext.RequestAborted);
}
