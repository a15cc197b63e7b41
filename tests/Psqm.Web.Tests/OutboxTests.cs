using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Email;
using Psqm.Core.Tenancy;

namespace Psqm.Web.Tests;

/// <summary>A site whose mail goes to an SMTP server on loopback, which the tests stop and start.</summary>
public sealed class SmtpSiteFactory : PsqmFactory
{
    public SmtpSink Smtp { get; } = new();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Psqm:Mail:SmtpHost", "127.0.0.1");
        builder.UseSetting("Psqm:Mail:SmtpPort", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Psqm:Mail:SmtpSsl", "false");
    }

    public override async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await base.DisposeAsync();
    }
}

public sealed class OutboxTests(SmtpSiteFactory factory) : IClassFixture<SmtpSiteFactory>
{
    [Fact]
    public async Task WithTheMailServerDown_ARegistrationSucceeds_AndItsEmailsWaitUntilTheServerIsBack_SentOnceEach()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var client = factory.CreateClient();
        var form = await client.GetPageAsync($"{tenant.BasePath}/register-interest");
        var page = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.SchoolName"] = "Hillside Primary", ["Input.SchoolIdentifier"] = "123456", ["Input.Address"] = "1 High Street, Stoke-on-Trent ST4 1AA",
            ["Input.Pupils"] = "210", ["Input.ContactName"] = "Sam Green", ["Input.Role"] = "Science lead", ["Input.Email"] = "sam@hillside.example",
            ["Input.Mark"] = "psqm", ["Input.HeardFrom"] = "colleague", ["Input.Consent"] = "true",
            ["Input.Round"] = form.Document.QuerySelectorAll("#Input_Round option").Skip(1).First().GetAttribute("value")!,
        });
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.EndsWith("/register-interest/thanks", page.Url.AbsolutePath, StringComparison.Ordinal);

        // Down: every attempt fails, is recorded, and nothing is lost. The site's own round may have claimed the
        // messages first; either way each is tried once, so wait until no attempt is in flight.
        await SendDueAsync(tenant);
        var waiting = await OutboxAsync(tenant);
        for (var tries = 0; waiting.Any(m => m.ClaimToken is not null) && tries < 120; tries++)
        {
            await Task.Delay(500);
            waiting = await OutboxAsync(tenant);
        }

        Assert.NotEmpty(waiting);
        Assert.All(waiting, m => Assert.Equal((OutboxStatus.Pending, 1), (m.Status, m.Attempts)));
        Assert.All(waiting, m => Assert.False(string.IsNullOrEmpty(m.LastError)));
        Assert.Empty(factory.Smtp.Messages);

        // Back: two nodes' rounds at once send each message exactly once.
        factory.Smtp.Start();
        await factory.InTenantAsync(tenant, s => s.GetRequiredService<OutboxDbContext>().Messages
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.NextAttemptUtc, DateTime.UtcNow.AddSeconds(-1))));
        await Task.WhenAll(SendDueAsync(tenant), SendDueAsync(tenant), SendDueAsync(tenant));

        var sent = await OutboxAsync(tenant);
        Assert.All(sent, m => Assert.Equal(OutboxStatus.Sent, m.Status));
        Assert.Equal(sent.Count, factory.Smtp.Messages.Count);
        var confirmation = Assert.Single(factory.Smtp.Messages, m => m.Contains("To: sam@hillside.example", StringComparison.Ordinal));
        Assert.Contains("Message-Id: <", confirmation, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("multipart/alternative", confirmation, StringComparison.Ordinal);
        Assert.Contains("text/html", confirmation, StringComparison.Ordinal);
        Assert.Contains("Reply-To: " + tenant.Site.ContactEmail, confirmation, StringComparison.Ordinal);
        Assert.DoesNotContain("=0A", confirmation, StringComparison.Ordinal);
    }

    private Task SendDueAsync(Tenant tenant) =>
        Task.Run(() => factory.Services.GetRequiredService<OutboxService>().SendDueAsync(tenant));

    private Task<List<OutboxMessage>> OutboxAsync(Tenant tenant) =>
        factory.InTenantAsync(tenant, s => s.GetRequiredService<OutboxDbContext>().Messages.AsNoTracking().ToListAsync());
}
