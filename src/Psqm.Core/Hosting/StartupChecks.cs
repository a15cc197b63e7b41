using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Hosting;

/// <summary>
/// Configuration that would make the site misbehave quietly stops it at start instead, with a message that says
/// what to change: a misread time zone moves every event, a missing public address breaks every emailed link.
/// </summary>
public sealed class StartupChecks(IOptions<PsqmOptions> options, IHostEnvironment environment, AppDataPaths paths)
{
    /// <summary>Checks that need nothing but configuration and the disk, before any database is opened.</summary>
    public void CheckConfiguration()
    {
        var problems = new List<string>();
        var publicUrl = options.Value.PublicUrl;
        if (!string.IsNullOrWhiteSpace(publicUrl))
        {
            if (!TenantUrls.TryParseOrigin(publicUrl, out var origin) || Uri.TryCreate(publicUrl, UriKind.Absolute, out var uri) && uri.AbsolutePath.Length > 1)
            {
                problems.Add($"Psqm:PublicUrl is '{publicUrl}': give the site's public origin only, such as https://psqm.example, with no path.");
            }
            else if (!environment.IsDevelopment() && origin.Scheme != Uri.UriSchemeHttps)
            {
                problems.Add($"Psqm:PublicUrl is '{publicUrl}': outside Development the site is served over HTTPS, so the address starts with https://.");
            }
        }
        else if (!environment.IsDevelopment())
        {
            problems.Add("Psqm:PublicUrl is not set: outside Development set the site's public origin, such as Psqm__PublicUrl=https://psqm.example, from which every emailed and feed link is built.");
        }

        if (options.Value.Database.Problem() is { } database)
        {
            problems.Add(database);
        }

        var media = options.Value.Media;
        if (!media.Storage.Equals("Folder", StringComparison.OrdinalIgnoreCase) && !media.Storage.Equals("S3", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"Psqm:Media:Storage is '{media.Storage}': give Folder (the default) or S3.");
        }
        else if (media.Storage.Equals("S3", StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(media.S3.Bucket))
        {
            problems.Add("Psqm:Media:Storage is S3 but Psqm:Media:S3:Bucket is not set: name the bucket the files go to.");
        }

        try
        {
            Directory.CreateDirectory(paths.Root);
            var probe = Path.Combine(paths.Root, $".write-check-{Environment.ProcessId}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add($"Psqm:AppData is '{paths.Root}', which cannot be written ({ex.Message}): point it at a folder this process may write to.");
        }

        Fail(problems);
    }

    /// <summary>Checks of the tenants registry, once it is read.</summary>
    public static void CheckTenants(IEnumerable<Tenant> tenants)
    {
        var problems = new List<string>();
        foreach (var tenant in tenants)
        {
            foreach (var zone in tenant.Site.ViewerTimeZones.Prepend(tenant.Site.TimeZone))
            {
                if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
                {
                    problems.Add($"Tenant '{tenant.Name}' names the time zone '{zone}', which this machine does not know: use an IANA name such as Europe/London.");
                }
            }

            if (tenant.Record.BaseUrl.Length > 0 && !TenantUrls.TryParseOrigin(tenant.Record.BaseUrl, out _))
            {
                problems.Add($"Tenant '{tenant.Name}' has the address '{tenant.Record.BaseUrl}', which is not an absolute http or https address.");
            }
        }

        Fail(problems);
    }

    private static void Fail(List<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The site cannot start:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "- " + p)));
        }
    }
}
