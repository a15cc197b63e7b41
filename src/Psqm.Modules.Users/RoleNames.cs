namespace Psqm.Modules.Users;

/// <summary>How each role is named to people (the English text, translated where shown).</summary>
public static class RoleNames
{
    public static string Display(string role) => role switch
    {
        Roles.Administrator => "Administrator",
        Roles.Hq => "Programme HQ",
        Roles.HubLeader => "Hub leader",
        Roles.SubjectLeader => "Subject leader",
        Roles.Editor => "Editor",
        Roles.Assessor => "Assessor",
        _ => role,
    };
}
