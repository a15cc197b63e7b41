using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Modules.Awards.Data;
using Psqm.Modules.Programme.Data;

namespace Psqm.Web.Tests;

/// <summary>
/// The Basic Skills Quality Mark's own process: its assessor books a visit, then confirms every element met (the award)
/// or says not yet, with feedback.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class AssessmentTests(PsqmFactory factory)
{
    [Fact]
    public async Task TheAssessor_BooksAVisit_ThenConfirmsEveryElementMet_AndTheSchoolHoldsItsBasicSkillsMark()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var enrolment = await factory.InTenantAsync(tenant, s => s.GetRequiredService<ProgrammeDbContext>().Enrolments.Where(e => e.Assessor == "ASSESSOR@EXAMPLE.ORG").Select(e => e.Id).SingleAsync());
        var assessor = await factory.SignedInAsync(tenant, "assessor@example.org");
        var page = await assessor.GetPageAsync($"{tenant.BasePath}/my-hub/schools/{enrolment}");
        Assert.Contains("Audit under way", page.Text, StringComparison.Ordinal);

        var past = await assessor.SubmitAsync(page, new Dictionary<string, string> { ["Step"] = "book-visit", ["Visit"] = "2020-01-01" }, "form[action='?handler=Submission']");
        Assert.Contains("Enter the day of the visit", past.Document.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("audit", await factory.SubmissionStateAsync(tenant, enrolment));

        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14);
        var booked = await assessor.SubmitAsync(past, new Dictionary<string, string> { ["Step"] = "book-visit", ["Visit"] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }, "form[action='?handler=Submission']");
        Assert.Equal("visit-booked", await factory.SubmissionStateAsync(tenant, enrolment));
        Assert.Contains(factory.Mail(tenant), m => m.Contains("To: l.hughes@fentonpark.example.org", StringComparison.Ordinal) && MailText.Subject(m).StartsWith("Your assessment visit is booked", StringComparison.Ordinal));

        var elements = booked.Document.QuerySelectorAll("input[name=Elements]").Select(i => i.GetAttribute("value")!).ToList();
        Assert.NotEmpty(elements);
        var short1 = await PostElementsAsync(assessor, booked, elements.Skip(1));
        Assert.Contains("Confirm every element as met", short1.Document.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("visit-booked", await factory.SubmissionStateAsync(tenant, enrolment));

        await PostElementsAsync(assessor, short1, elements);

        Assert.Equal("met", await factory.SubmissionStateAsync(tenant, enrolment));
        var award = await factory.InTenantAsync(tenant, s => s.GetRequiredService<AwardsDbContext>().AwardHolders.SingleAsync(h => h.EnrolmentId == enrolment));
        Assert.Equal("bsqm", award.Level);
        Assert.Contains(factory.Mail(tenant), m => m.Contains("To: l.hughes@fentonpark.example.org", StringComparison.Ordinal) && (MailText.Parse(m).TextBody ?? "").Contains(award.Code!, StringComparison.Ordinal));
        var pdf = await factory.CreateClient().GetAsync(new Uri($"{tenant.BasePath}/awards/certificates/{award.Code}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);

        var hub = await factory.SignedInAsync(tenant, Accounts.Demo("HubLeader"));
        Assert.Equal(HttpStatusCode.NotFound, (await hub.GetAsync(new Uri($"{tenant.BasePath}/my-hub/schools/{enrolment}", UriKind.Relative))).StatusCode);
    }

    // The elements' checkboxes share one name, which a dictionary of fields cannot hold: posted as the browser would.
    private static async Task<HtmlPage> PostElementsAsync(HttpClient client, HtmlPage page, IEnumerable<string> elements)
    {
        var form = page.Document.QuerySelector("form[action='?handler=Submission']")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .Concat(elements.Select(e => new KeyValuePair<string, string>("Elements", e)))
            .Append(new("Step", "all-met"));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostPageAsync(new Uri(page.Url, "?handler=Submission"), content);
    }
}
