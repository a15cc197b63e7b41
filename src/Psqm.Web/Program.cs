using Psqm.Core.Hosting;
using Psqm.Web;

var command = CommandLine.IsCommand(args);
var builder = WebApplication.CreateBuilder(command ? [] : args);
builder.AddPsqm(
    new Psqm.Theme.Startup(),
    new Psqm.Modules.Users.Startup(),
    new Psqm.Modules.Site.Startup(),
    new Psqm.Modules.Content.Startup(),
    new Psqm.Modules.CaseStudies.Startup(),
    new Psqm.Modules.Criteria.Startup(),
    new Psqm.Modules.Awards.Startup(),
    new Psqm.Modules.Resources.Startup(),
    new Psqm.Modules.Search.Startup(),
    new Psqm.Modules.Webinars.Startup(),
    new Psqm.Modules.Enquiries.Startup(),
    new Psqm.Modules.Workflows.Startup(),
    new Psqm.Modules.Programme.Startup(),
    new Psqm.Modules.Tenants.Startup());

var app = builder.Build();
if (command)
{
    return await CommandLine.RunAsync(app, args);
}

app.UsePsqm();
await app.RunAsync();
return 0;

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
