namespace Psqm.Modules.Users;

/// <summary>The roles every tenant has. Recipes say what each may do.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Hq = "HQ";
    public const string HubLeader = "HubLeader";
    public const string SubjectLeader = "SubjectLeader";
    public const string Editor = "Editor";
    public const string Assessor = "Assessor";

    public static readonly IReadOnlyList<string> All = [Administrator, Hq, HubLeader, SubjectLeader, Editor, Assessor];
}
