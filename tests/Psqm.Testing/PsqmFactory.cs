using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Email;
using Psqm.Core.Tenancy;

namespace Psqm.Testing;

/// <summary>
/// The whole site on real SQLite files in a folder of its own, set up from the real recipes, as a new user's
/// first run would be. Tests make a fresh tenant per test class, so tenant isolation and test isolation are one.
/// </summary>
public class PsqmFactory : WebApplicationFactory<Program>
{
    public const string Password = "Demo-password-for-tests-1";

    public string AppData { get; } = Path.Combine(Path.GetTempPath(), "psqm-tests", Guid.NewGuid().ToString("N"));

    public QueryCounter Queries { get; } = new();

    /// <summary>
    /// The PostgreSQL server of this run, when test.sh started one (<c>Host=127.0.0.1;Port=…;Username=psqm</c>): the
    /// site then runs on it, every factory in databases of its own, as a site configured for PostgreSQL does.
    /// </summary>
    public static string? PostgreSqlServer => Environment.GetEnvironmentVariable("PSQM_TEST_POSTGRESQL") is { Length: > 0 } server ? server : null;

    /// <summary>The engine these tests run on.</summary>
    public static string Provider => PostgreSqlServer is null ? Psqm.Core.Data.DatabaseOptions.Sqlite : Psqm.Core.Data.DatabaseOptions.PostgreSQL;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(Queries);
            services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, LoopbackConnection>();
        });
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Psqm:AppData", AppData);
        builder.UseSetting("Psqm:Demo:Password", Password);
        if (PostgreSqlServer is { } server)
        {
            builder.UseSetting("Psqm:Database:Provider", Provider);
            // A test site makes a tenant per test class: idle connections are let go within seconds, or a run's
            // hundreds of tenants would hold more than the server allows.
            builder.UseSetting("Psqm:Database:ConnectionString", $"{server};Connection Idle Lifetime=5;Connection Pruning Interval=1;Database=t{Path.GetFileName(AppData)[..12]}_{{tenant}}");
        }

        // Many tests sign in from one address within a minute; the limits have tests of their own.
        builder.UseSetting("Psqm:RateLimits:SignInPerMinute", SignInLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    protected virtual int SignInLimit => 10_000;

    protected virtual string EnvironmentName => "Development";

    // The test server gives no client address; a real server behind a proxy sees the proxy's, on loopback.
    private sealed class LoopbackConnection : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress ??= System.Net.IPAddress.Loopback;
                QueryCounter.EnterRequest();
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>A new running tenant set up from a recipe, at <c>/{prefix}</c>.</summary>
    public async Task<Tenant> CreateTenantAsync(string recipe)
    {
        var name = "T" + Guid.NewGuid().ToString("N")[..10];
        var shells = Services.GetRequiredService<TenantShells>();
        var result = await shells.CreateAsync(new TenantRecord { Name = name, UrlPrefix = name.ToLowerInvariant(), Recipe = recipe });
        if (result != TenantRegistryResult.Ok)
        {
            throw new InvalidOperationException($"Could not create a test tenant: {result}");
        }

        return Services.GetRequiredService<TenantRegistry>().Find(name)!;
    }

    /// <summary>Whether the tenant's own database is there: its SQLite file, or its database on the PostgreSQL server.</summary>
    public async Task<bool> DatabaseExistsAsync(Tenant tenant)
    {
        if (PostgreSqlServer is null)
        {
            return File.Exists(DatabaseFile(tenant));
        }

        await using var server = await ServerAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", server) { Parameters = { new() { Value = DatabaseName(tenant) } } };
        return await command.ExecuteScalarAsync() is not null;
    }

    /// <summary>Takes the tenant's database away under the running site, as an operator's mistake would.</summary>
    public async Task DeleteDatabaseAsync(Tenant tenant)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Npgsql.NpgsqlConnection.ClearAllPools();
        if (PostgreSqlServer is null)
        {
            File.Delete(DatabaseFile(tenant));
            return;
        }

        await using var server = await ServerAsync();
        await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE \"{DatabaseName(tenant)}\" WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>Leaves the tenant with a database that holds nothing of the site: garbage in place of a SQLite file, an emptied PostgreSQL database.</summary>
    public async Task RuinDatabaseAsync(Tenant tenant)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Npgsql.NpgsqlConnection.ClearAllPools();
        if (PostgreSqlServer is null)
        {
            var file = DatabaseFile(tenant);
            File.Delete(file + "-wal");
            File.Delete(file + "-shm");
            await File.WriteAllTextAsync(file, new string('x', 8192));
            return;
        }

        var database = new Npgsql.NpgsqlConnectionStringBuilder(PostgreSqlServer) { Database = DatabaseName(tenant), Pooling = false };
        await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var empty = new Npgsql.NpgsqlCommand("DROP SCHEMA public CASCADE; CREATE SCHEMA public", connection);
        await empty.ExecuteNonQueryAsync();
    }

    /// <summary>Where the tenant's data is: its SQLite file, or the name of its PostgreSQL database.</summary>
    public string DatabaseOf(Tenant tenant) => PostgreSqlServer is null ? DatabaseFile(tenant) : DatabaseName(tenant);

    private string DatabaseFile(Tenant tenant) => Path.Combine(AppData, "Sites", tenant.Name, "psqm.db");

    private string DatabaseName(Tenant tenant) =>
        new Npgsql.NpgsqlConnectionStringBuilder(Services.GetRequiredService<Psqm.Core.Data.TenantDatabase>().Connection(tenant).Connection).Database!;

    private static async Task<Npgsql.NpgsqlConnection> ServerAsync()
    {
        var connection = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(PostgreSqlServer) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>The .eml files the tenant has written to its pickup folder, once its outbox has sent what is due.</summary>
    public IReadOnlyList<string> Mail(Tenant tenant)
    {
        // Outside the test's synchronization context, so waiting here cannot deadlock.
        Task.Run(() => FlushOutboxAsync(tenant)).GetAwaiter().GetResult();
        var folder = Path.Combine(AppData, "Sites", tenant.Name, "Mail");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").Select(File.ReadAllText).ToArray() : [];
    }

    // The site's own outbox service may have claimed a message and be writing it; wait until nothing due is left.
    private async Task FlushOutboxAsync(Tenant tenant)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await Services.GetRequiredService<OutboxService>().SendDueAsync(tenant);
            var waiting = await this.InTenantAsync(tenant, s =>
            {
                var now = DateTime.UtcNow;
                return s.GetRequiredService<OutboxDbContext>().Messages.CountAsync(m => m.Status == OutboxStatus.Pending && m.NextAttemptUtc <= now);
            });
            if (waiting == 0 || DateTime.UtcNow > until)
            {
                return;
            }

            await Task.Delay(50);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Npgsql.NpgsqlConnection.ClearAllPools();
            try
            {
                Directory.Delete(AppData, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is removed with the temporary folder later; never fail a run over it.
            }
        }
    }
}

public static class TenantServices
{
    /// <summary>Runs code against a tenant's services, as a recipe or background job would.</summary>
    public static async Task<T> InTenantAsync<T>(this PsqmFactory factory, Psqm.Core.Tenancy.Tenant tenant, Func<IServiceProvider, Task<T>> work)
    {
        using var _ = Psqm.Core.Tenancy.TenantScope.Enter(tenant);
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>A browser-like client signed in to the tenant with a demo account's password.</summary>
    public static async Task<HttpClient> SignedInAsync(this PsqmFactory factory, Psqm.Core.Tenancy.Tenant tenant, string email)
    {
        var client = factory.CreateClient();
        await client.SignInAsync(tenant.BasePath.Value!, email);
        return client;
    }
}
