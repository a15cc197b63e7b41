using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Psqm.Core.Data;

namespace Psqm.Web.Design;

/// <summary>
/// A context for <c>dotnet ef</c> on the engine named after <c>--</c> (<c>-- PostgreSQL</c>), built through the same
/// <see cref="DatabaseProviders"/> as the running site, so a migration is generated from the model that runs. The
/// database is never opened: generating a migration needs only the engine's dialect.
/// </summary>
public abstract class DesignTimeContext<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var provider = args.Length > 0 ? args[0] : DatabaseOptions.Sqlite;
        var connection = provider == DatabaseOptions.PostgreSQL ? "Host=localhost;Database=psqm_design" : "Data Source=design.db";
        var options = new DbContextOptionsBuilder<TContext>().UseProvider(provider, connection, DataServiceCollectionExtensions.HistoryTable<TContext>()).Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options)!;
    }
}

internal sealed class HostContext : DesignTimeContext<Psqm.Core.Tenancy.HostDbContext>;

internal sealed class OutboxContext : DesignTimeContext<Psqm.Core.Email.OutboxDbContext>;

internal sealed class CacheStampsContext : DesignTimeContext<Psqm.Core.Caching.CacheStampsDbContext>;

internal sealed class UsersContext : DesignTimeContext<Psqm.Modules.Users.Data.UsersDbContext>;

internal sealed class ContentContext : DesignTimeContext<Psqm.Modules.Content.Engine.ContentDbContext>;

internal sealed class CriteriaContext : DesignTimeContext<Psqm.Modules.Criteria.Data.CriteriaDbContext>;

internal sealed class AwardsContext : DesignTimeContext<Psqm.Modules.Awards.Data.AwardsDbContext>;

internal sealed class SearchContext : DesignTimeContext<Psqm.Modules.Search.Data.SearchDbContext>;

internal sealed class WebinarsContext : DesignTimeContext<Psqm.Modules.Webinars.Data.WebinarsDbContext>;

internal sealed class EnquiriesContext : DesignTimeContext<Psqm.Modules.Enquiries.Data.EnquiriesDbContext>;

internal sealed class ProgrammeContext : DesignTimeContext<Psqm.Modules.Programme.Data.ProgrammeDbContext>;

internal sealed class WorkflowsContext : DesignTimeContext<Psqm.Modules.Workflows.Data.WorkflowsDbContext>;
