using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Modules.Programme.Data;

namespace Psqm.Web.Tests;

/// <summary>HQ sets the programme's rates, and each round's hub leader payments follow them: per school, per online-only reaccreditation, per review.</summary>
[Collection(SharedSite.Name)]
public sealed class HubPaymentsTests(PsqmFactory factory)
{
    [Fact]
    public async Task HQ_ChangesTheRates_RefusedInWelshWhenWrong_AndTheRoundsPaymentsFollowThem_WithACsv()
    {
        var tenant = await factory.CreateTenantAsync("cymru");
        var hq = await factory.SignedInAsync(tenant, Accounts.Demo("HQ"));
        var settings = await hq.GetPageAsync($"{tenant.BasePath}/admin/programme/settings");

        var wrong = await hq.SubmitAsync(settings, new Dictionary<string, string> { ["Input.PerReview"] = "lots", ["Input.AwardYears"] = "0" });
        var summary = wrong.Document.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Rhowch swm fel 150", summary, StringComparison.Ordinal);
        Assert.Contains("Rhaid i wobr bara", summary, StringComparison.Ordinal);
        Assert.Equal("lots", wrong.Document.QuerySelector("#Input_PerReview")!.GetAttribute("value"));

        var stale = settings;
        var saved = await hq.SubmitAsync(wrong, new Dictionary<string, string> { ["Input.PerReview"] = "175.50", ["Input.AwardYears"] = "3", ["Input.PerSchool"] = "£1,000" });
        Assert.Contains("wedi'u cadw", saved.Text, StringComparison.Ordinal);
        var late = await hq.SubmitAsync(stale, new Dictionary<string, string> { ["Input.PerReview"] = "1" });
        Assert.Contains("Mae rhywun arall wedi newid y gosodiadau", late.Document.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        var round = await factory.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<ProgrammeDbContext>();
            var e = await db.Enrolments.Where(x => x.Hub == "gwynedd-mon").OrderBy(x => x.Id).FirstAsync();
            db.Reviews.Add(new Review { EnrolmentId = e.Id, Reviewer = "HUBLEADER2@EXAMPLE.ORG", ReviewerName = "Demo HubLeader 2", ReviewerHub = "abertawe", CompletedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return e.RoundId;
        });
        var (hubSchools, online) = await factory.InTenantAsync(tenant, async s =>
        {
            var hub = await s.GetRequiredService<ProgrammeDbContext>().Enrolments.Where(e => e.RoundId == round && e.Hub == "gwynedd-mon").Select(e => e.Kind).ToListAsync();
            return (hub.Count(k => k != EnrolmentKind.OnlineReaccreditation), hub.Count(k => k == EnrolmentKind.OnlineReaccreditation));
        });

        var payments = await hq.GetPageAsync($"{tenant.BasePath}/admin/programme/rounds/{round}/hub-payments");
        var reviewer = payments.Document.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("Demo HubLeader 2", StringComparison.Ordinal));
        Assert.Contains("175.50", reviewer.TextContent, StringComparison.Ordinal);
        var csv = await (await hq.GetAsync(new Uri($"{tenant.BasePath}/admin/programme/rounds/{round}/hub-payments?handler=Csv", UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.Contains(csv.Split('\n'), line => line.Contains("Demo HubLeader 2", StringComparison.Ordinal) && line.Contains("175.50", StringComparison.Ordinal));
        var amount = ((hubSchools * 1000m) + (online * 100m)).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(
            csv.Split('\n').Any(line => line.Contains($"\"{hubSchools}\",\"{online}\",", StringComparison.Ordinal) && line.TrimEnd().EndsWith($"\"{amount}\"", StringComparison.Ordinal)),
            $"No hub row of {hubSchools} schools and {online} online-only reaccreditations for {amount} in:\n{csv}");
    }
}
