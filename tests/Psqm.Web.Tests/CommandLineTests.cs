using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Psqm.Modules.Content.Engine;

namespace Psqm.Web.Tests;

/// <summary>The executable's verbs, run as an operator would, on a folder of their own.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _appData = Path.Combine(Path.GetTempPath(), "psqm-cli", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task TenantsVerbs_ListCreateDisableEnable_WithoutStartingTheServer()
    {
        var list = await RunAsync("tenants", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("Default", list.Output, StringComparison.Ordinal);
        Assert.Contains("Cymru", list.Output, StringComparison.Ordinal);
        Assert.Contains("cy-GB,en-GB", list.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", list.Output, StringComparison.Ordinal);

        var create = await RunAsync("tenants", "create", "--name", "Scotland", "--prefix", "scotland", "--recipe", "england");
        Assert.Equal(0, create.ExitCode);

        var disable = await RunAsync("tenants", "disable", "Scotland");
        Assert.Equal(0, disable.ExitCode);
        Assert.Equal("Disabled", StateOf("Scotland", (await RunAsync("tenants", "list")).Output));

        Assert.Equal(0, (await RunAsync("tenants", "enable", "Scotland")).ExitCode);
        Assert.Equal("Running", StateOf("Scotland", (await RunAsync("tenants", "list")).Output));
    }

    [Fact]
    public async Task TenantsCreate_WithAnAddressOfItsOwn_ListsThatAddress()
    {
        var create = await RunAsync("tenants", "create", "--name", "Alba", "--url", "https://alba.example.org", "--recipe", "england");
        Assert.Equal(0, create.ExitCode);

        var list = await RunAsync("tenants", "list");
        Assert.Contains("https://alba.example.org/", list.Output, StringComparison.Ordinal);

        var bad = await RunAsync("tenants", "create", "--name", "Eire", "--url", "alba.example.org/x/y", "--recipe", "england");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("--url", bad.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TenantsCreate_WithAReservedPrefix_FailsAndSaysWhy()
    {
        var result = await RunAsync("tenants", "create", "--name", "Bad", "--prefix", "account", "--recipe", "england");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("already used by a page", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecipesRun_AgainOnASetUpTenant_ChangesNothingAndSucceeds()
    {
        var result = await RunAsync("recipes", "run", "--tenant", "Cymru", "--recipe", "cymru");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Ran cymru for Cymru.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAnalyze_PrintsEachWordWithItsForms()
    {
        var result = await RunAsync("search", "analyze", "--culture", "cy", "Mae'r gath yn yr ardd");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith("gath", StringComparison.Ordinal) && l.EndsWith("gath cath", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("yr", StringComparison.Ordinal) && l.Contains("(stop word)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SearchRebuild_RebuildsATenantsIndex_AndRefusesAnUnknownTenant()
    {
        var result = await RunAsync("search", "rebuild", "--tenant", "Cymru");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"Rebuilt Cymru's index: \d{2,} entries", result.Output);

        var unknown = await RunAsync("search", "rebuild", "--tenant", "Atlantis");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("No such tenant.", unknown.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MediaRebuild_PreparesImagesStoredBeforeUploadsWere_OnceOnly()
    {
        Assert.Equal(0, (await RunAsync("tenants", "list")).ExitCode);
        var photo = Photos.WithExif(Photos.Jpeg(60, 40), orientation: 6);
        var file = Guid.NewGuid().ToString("N") + ".jpg";
        var media = Path.Combine(_appData, "Sites", "Cymru", "Media");
        Directory.CreateDirectory(media);
        await File.WriteAllBytesAsync(Path.Combine(media, file), photo);
        var options = new DbContextOptionsBuilder<ContentDbContext>().UseSqlite($"Data Source={Path.Combine(_appData, "Sites", "Cymru", "psqm.db")};Pooling=False").Options;
        await using (var db = new ContentDbContext(options))
        {
            db.Media.Add(new MediaItem { FileName = file, OriginalName = "IMG_0002.jpg", MediaType = "image/jpeg", Length = photo.Length, AltText = new() { ["cy"] = "Llun" }, UploadedBy = "hen" });
            await db.SaveChangesAsync();
        }

        var first = await RunAsync("media", "rebuild", "--tenant", "Cymru");
        var second = await RunAsync("media", "rebuild", "--tenant", "Cymru");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Cymru: 1 images prepared, 0 could not be read", first.Output, StringComparison.Ordinal);
        Assert.Contains("Cymru: 0 images prepared", second.Output, StringComparison.Ordinal);
        using var shown = SkiaSharp.SKBitmap.Decode(Path.Combine(media, file));
        Assert.Equal((40, 60), (shown.Width, shown.Height));
        Assert.Equal(photo, await File.ReadAllBytesAsync(Path.Combine(media, "originals", file)));
        await using (var db = new ContentDbContext(options))
        {
            var item = await db.Media.SingleAsync(m => m.FileName == file);
            Assert.Equal((40, 60), (item.Width, item.Height));
        }
    }

    [Fact]
    public async Task UsersInvite_MakesTheFirstAccountOfADeployedSite_AndEmailsTheLinkInItsLanguage()
    {
        var result = await RunAsync("users", "invite", "--tenant", "Cymru", "--email", "gweinyddwr@cymru.example", "--name", "Gweinyddwr", "--role", "Administrator", "--culture", "cy-GB");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Invited gweinyddwr@cymru.example to Cymru", result.Output, StringComparison.Ordinal);
        var mail = Assert.Single(Directory.GetFiles(Path.Combine(_appData, "Sites", "Cymru", "Mail"), "*.eml").Select(File.ReadAllText));
        Assert.StartsWith("Eich cyfrif", MailText.Subject(mail), StringComparison.Ordinal);
        Assert.Contains("/cymru/cyfrif/ailosod-cyfrinair?", MailText.Decode(mail), StringComparison.Ordinal);

        var again = await RunAsync("users", "invite", "--tenant", "Cymru", "--email", "gweinyddwr@cymru.example", "--name", "Eto", "--role", "HQ");
        Assert.Equal(1, again.ExitCode);
        Assert.Equal(1, (await RunAsync("users", "invite", "--tenant", "Cymru", "--email", "x@cymru.example", "--name", "X", "--role", "King")).ExitCode);
    }

    public void Dispose()
    {
        if (Directory.Exists(_appData))
        {
            Directory.Delete(_appData, recursive: true);
        }
    }

    private static string? StateOf(string tenant, string listing) =>
        listing.Split('\n').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).FirstOrDefault(c => c.Length > 1 && c[0] == tenant)?[1];

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Psqm__AppData"] = _appData;
        start.Environment["Psqm__Demo__Password"] = PsqmFactory.Password;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // Generous: a cold start of the site on a busy 2-core machine, not a speed check.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
