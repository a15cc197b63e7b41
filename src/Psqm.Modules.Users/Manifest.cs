using Psqm.Core.Modules;

namespace Psqm.Modules.Users;

public static class Manifest
{
    public static readonly ModuleManifest Value = new("Users", "Accounts, roles and permissions of each tenant: sign in, sign out, password reset.")
    {
        AlwaysEnabled = true,
        WelshRoutes = new Dictionary<string, string>
        {
            ["/Account/SignIn"] = "cyfrif/mewngofnodi",
            ["/Account/SignOut"] = "cyfrif/allgofnodi",
            ["/Account/ForgotPassword"] = "cyfrif/wedi-anghofio-cyfrinair",
            ["/Account/ResetPassword"] = "cyfrif/ailosod-cyfrinair",
            ["/Account/AccessDenied"] = "cyfrif/dim-mynediad",
            ["/Dashboard"] = "dangosfwrdd",
            ["/Account/Index"] = "cyfrif",
            ["/Account/Notifications"] = "cyfrif/hysbysiadau",
        },
    };
}
