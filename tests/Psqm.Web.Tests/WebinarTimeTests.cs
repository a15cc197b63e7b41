using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Tenancy;

namespace Psqm.Web.Tests;

/// <summary>Times are typed on the tenant's clock, stored in UTC, and shown right on both sides of a clock change.</summary>
[Collection(SharedSite.Name)]
public sealed class WebinarTimeTests(PsqmFactory factory)
{
    [Theory]
    [InlineData("england", "2027-03-27T16:00", "2027-03-27T16:00:00Z")]
    [InlineData("england", "2027-03-29T16:00", "2027-03-29T15:00:00Z")]
    [InlineData("england", "2027-10-31T01:30", "2027-10-31T00:30:00Z")]
    [InlineData("international", "2027-03-29T16:00", "2027-03-29T12:00:00Z")]
    public async Task ATimeTypedOnTheTenantsClock_IsStoredInUtc_AndShownAsTyped(string recipe, string typed, string stored)
    {
        var tenant = await factory.CreateTenantAsync(recipe);
        var (client, item) = await CreateAsync(tenant, "Clock " + typed.Replace(':', '-'), typed);

        Assert.Equal(stored, item.Field("start"));
        var edit = await client.GetPageAsync($"{tenant.BasePath}/admin/content/edit/{item.ContentItemId}");
        Assert.Equal(typed, edit.Document.QuerySelector("#Fields_start")!.GetAttribute("value"));
        var page = await client.GetPageAsync($"{tenant.BasePath}/webinars/{item.Slug}");
        Assert.Contains(typed[^5..] + " to", page.Document.QuerySelector("time")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATimeTheClocksSkip_IsRefusedWithAMessage()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var client = factory.CreateClient();
        await client.SignInAsync(tenant.BasePath.Value!, Accounts.Demo("Editor"));
        var form = await client.GetPageAsync($"{tenant.BasePath}/admin/content/edit?type=Webinar");

        var page = await client.SubmitAsync(form, Fields("Skipped hour", "2027-03-28T01:30"), action: "?handler=Save&type=Webinar&culture=en");

        Assert.Contains("Starts must be a real date and time", page.Document.QuerySelector("#Fields_start-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2027-03-28T01:30", page.Document.QuerySelector("#Fields_start")!.GetAttribute("value"));
    }

    [Fact]
    public async Task OnTheInternationalSite_AViewerSeesTimesInTheirChosenZone_AcrossTheirClockChange()
    {
        var tenant = await factory.CreateTenantAsync("international");
        var (client, winter) = await CreateAsync(tenant, "Before the change", "2027-03-20T16:00");
        var (_, summer) = await CreateAsync(tenant, "After the change", "2027-04-03T16:00");

        var before = await client.GetPageAsync($"{tenant.BasePath}/webinars/{winter.Slug}?tz=Europe/London");
        var after = await client.GetPageAsync($"{tenant.BasePath}/webinars/{summer.Slug}?tz=Europe/London");
        var ignored = await client.GetPageAsync($"{tenant.BasePath}/webinars/{summer.Slug}?tz=Mars/Olympus");

        Assert.Contains("16:00 to 17:00 (UAE time)", before.Text, StringComparison.Ordinal);
        Assert.Contains("12:00 to 13:00 (UK time)", before.Text, StringComparison.Ordinal);
        Assert.Contains("16:00 to 17:00 (UAE time)", after.Text, StringComparison.Ordinal);
        Assert.Contains("13:00 to 14:00 (UK time)", after.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("(UK time)", ignored.Text, StringComparison.Ordinal);
    }

    private async Task<(HttpClient Client, ContentItem Item)> CreateAsync(Tenant tenant, string title, string start)
    {
        var client = factory.CreateClient();
        await client.SignInAsync(tenant.BasePath.Value!, Accounts.Demo("Editor"));
        var form = await client.GetPageAsync($"{tenant.BasePath}/admin/content/edit?type=Webinar");
        await client.SubmitAsync(form, Fields(title, start), action: "?handler=Publish&type=Webinar&culture=en");
        var item = await factory.InTenantAsync(tenant, s => s.GetRequiredService<ContentDbContext>().ContentItems.AsNoTracking().SingleAsync(c => c.Title == title && c.Latest));
        return (client, item);
    }

    private static Dictionary<string, string> Fields(string title, string start) => new()
    {
        ["Title"] = title,
        ["Fields.summary"] = "A short summary.",
        ["Fields.kind"] = "webinar",
        ["Fields.presenter"] = "A presenter",
        ["Fields.start"] = start,
        ["Fields.duration"] = "60",
        ["Fields.capacity"] = "50",
        ["Fields.joinLink"] = "https://meet.example.org/x",
    };
}
