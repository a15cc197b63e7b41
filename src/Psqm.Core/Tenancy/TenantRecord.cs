namespace Psqm.Core.Tenancy;

/// <summary>A row of the host's tenants registry: how to reach a tenant and what it runs.</summary>
public sealed class TenantRecord
{
    public const string DefaultName = "Default";

    public string Name { get; set; } = "";

    public TenantState State { get; set; }

    /// <summary>First path segment that selects this tenant, empty for none.</summary>
    public string UrlPrefix { get; set; } = "";

    /// <summary>Host name that selects this tenant, empty for any.</summary>
    public string Host { get; set; } = "";

    /// <summary>
    /// The public origin of a tenant with a host name of its own, e.g. <c>https://wales.example.org</c>; empty for
    /// a tenant reached by prefix under the site's <c>Psqm:PublicUrl</c>.
    /// </summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>The engine the tenant's data is on, fixed when it is created; empty means the site's <c>Psqm:Database:Provider</c>.</summary>
    public string DatabaseProvider { get; set; } = "";

    /// <summary>Empty for the default: the site's <c>Psqm:Database:ConnectionString</c>, or a SQLite file in the tenant's folder.</summary>
    public string ConnectionString { get; set; } = "";

    public string Recipe { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    /// <summary>Changes on every write, so two administrators editing a tenant cannot silently overwrite each other.</summary>
    public Guid Version { get; set; }

    public TenantSite Site { get; set; } = new();
}
