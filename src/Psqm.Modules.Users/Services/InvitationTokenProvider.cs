using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Psqm.Modules.Users.Data;

namespace Psqm.Modules.Users.Services;

/// <summary>
/// Links in invitations: good for 7 days, and for one use, since setting the password changes the security stamp
/// the token is bound to (sending the invitation again changes it too, so only the newest link works).
/// </summary>
public sealed class InvitationTokenProvider(IDataProtectionProvider protection, IOptions<InvitationTokenProviderOptions> options, ILogger<DataProtectorTokenProvider<PsqmUser>> logger)
    : DataProtectorTokenProvider<PsqmUser>(protection, options, logger)
{
    public const string ProviderName = "Invitation";
    public const string Purpose = "invitation";
}

public sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenProviderOptions()
    {
        Name = InvitationTokenProvider.ProviderName;
        TokenLifespan = TimeSpan.FromDays(7);
    }
}
