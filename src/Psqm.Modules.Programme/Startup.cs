using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Data;
using Psqm.Core.Events;
using Psqm.Core.Modules;
using Psqm.Core.Navigation;
using Psqm.Core.Recipes;
using Psqm.Core.Routing;
using Psqm.Core.Security;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Programme.Recipes;
using Psqm.Modules.Programme.Services;
using Psqm.Programme;

namespace Psqm.Modules.Programme;

public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest => Programme.Manifest.Value;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<ProgrammeDbContext>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IRecipeStepHandler, ProgrammeStep>();
        services.AddSingleton<IAdminMenuProvider, ProgrammeLinks>();
        services.AddScoped<ProgrammeScope>();
        services.AddScoped<SchoolYears>();
        services.AddScoped<Enrolments>();
        services.AddScoped<ActionPlans>();
        services.AddScoped<EvidenceLibrary>();
        services.AddScoped<Reflections>();
        services.AddScoped<Messages>();
        services.AddScoped<MessageEmails>();
        services.AddScoped<AssessorAssignments>();
        services.AddScoped<Submissions>();
        services.AddScoped<SubmissionEmails>();
        services.AddScoped<Psqm.Modules.Workflows.Engine.IWorkflowRule, SchoolRule>();
        services.AddScoped<Psqm.Modules.Workflows.Engine.IWorkflowRule, SchoolMentorRule>();
        services.AddScoped<Psqm.Modules.Workflows.Engine.IWorkflowGuard, CompleteGuard>();
        services.AddScoped<Psqm.Modules.Workflows.Engine.IWorkflowGuard, DeadlineGuard>();
        services.AddScoped<Reviews>();
        services.AddScoped<Psqm.Modules.Workflows.Engine.IWorkflowRule, ReviewerRule>();
        services.AddScoped<Psqm.Modules.Workflows.Engine.IWorkflowGuard, ReviewerEligibleGuard>();
        services.AddScoped<Psqm.Modules.Workflows.Engine.IWorkflowGuard, ReviewCompleteGuard>();
        services.AddScoped<Psqm.Modules.Workflows.Engine.IWorkflowGuard, LevelChosenGuard>();
        services.AddScoped<Psqm.Modules.Workflows.Engine.IWorkflowAction, AssignReviewerAction>();
        services.AddScoped<Psqm.Modules.Workflows.Engine.IWorkflowAction, DeclareConflictAction>();
        services.AddScoped<Psqm.Modules.Workflows.Engine.IWorkflowAction, CompleteReviewAction>();
        services.AddScoped<Psqm.Modules.Workflows.Engine.IWorkflowAction, AwardAction>();
        services.AddScoped<Psqm.Modules.Workflows.Engine.IWorkflowAction, RemindAction>();
        services.AddScoped<Psqm.Modules.Workflows.Engine.IWorkflowRule, AssessorRule>();
        services.AddScoped<Psqm.Modules.Workflows.Engine.IWorkflowGuard, AssessorAssignedGuard>();
        services.AddScoped<Psqm.Modules.Workflows.Engine.IWorkflowGuard, VisitDateGuard>();
        services.AddScoped<Psqm.Modules.Workflows.Engine.IWorkflowGuard, ElementsMetGuard>();
        services.AddScoped<Psqm.Modules.Workflows.Engine.IWorkflowDeadline, MilestoneDeadline>();
        services.AddScoped<Psqm.Modules.Workflows.Engine.IWorkflowDeadline, AwardExpiryDeadline>();
        services.AddScoped<HubLeaderApplications>();
        services.AddScoped<ApplicationEmails>();
        services.AddScoped<IDashboardTasks, ProgrammeTasks>();
        services.AddScoped<Psqm.Modules.Workflows.Engine.IWorkflowGuard, HubChosenGuard>();
        services.AddScoped<Psqm.Modules.Workflows.Engine.IWorkflowAction, TellApplicantAction>();
        services.AddScoped<Psqm.Modules.Workflows.Engine.IWorkflowAction, RemindApplicationsAction>();
        services.AddScoped<Pages.MessageThreadServices>();
        services.AddScoped<YearProgress>();
        services.AddScoped<SchoolImport>();
        services.AddDomainEventListener<RegistrationEnrolled, EnrolRegistration>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGetAndHead("/rounds/{id:int}/calendar.ics", RoundCalendar.WriteAsync).ForModule(Manifest);

        // Signed out, the browser is sent to sign in; signed in, the school year's scope decides.
        var anyProgrammeRole = PermissionPolicy.For(Permissions.WorkOnOwnSchool.Name, Permissions.MentorSchools.Name, Permissions.AssessSchools.Name, Permissions.ManageProgramme.Name);
        endpoints.MapGetAndHead("/evidence/{id:int}", ProgrammeFiles.EvidenceAsync).RequireAuthorization(anyProgrammeRole).ForModule(Manifest);
        endpoints.MapGetAndHead("/messages/{id:int}/attachment", ProgrammeFiles.AttachmentAsync).RequireAuthorization(anyProgrammeRole).ForModule(Manifest);
    }

    private sealed class ProgrammeLinks : IAdminMenuProvider
    {
        public IEnumerable<AdminLink> AdminLinks() =>
        [
            new(Programme.Manifest.Value.Name, "/MySchool/Index", "Your school's year", Permissions.WorkOnOwnSchool.Name),
            new(Programme.Manifest.Value.Name, "/MyHub/Index", "Your hub's schools", Permissions.MentorSchools.Name),
            new(Programme.Manifest.Value.Name, "/MyHub/Index", "Schools you assess", Permissions.AssessSchools.Name),
            new(Programme.Manifest.Value.Name, "/Admin/Programme/Index", "The programme: rounds and schools", Permissions.ManageProgramme.Name),
            new(Programme.Manifest.Value.Name, "/Admin/Programme/Applications", "Hub leader applications", Permissions.ManageProgramme.Name),
        ];
    }
}
