using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Modules.Awards.Data;
using Psqm.Modules.Awards.Services;
using Psqm.Modules.Programme.Data;
using UglyToad.PdfPig;

namespace Psqm.Web.Tests;

/// <summary>
/// After sign-off: HQ assigns a reviewer from another hub, the reviewer records findings and recommends a level, HQ
/// awards; the award reaches the directory, the school's email and a certificate anyone can check by its code.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class ReviewAndAwardTests(PsqmFactory factory)
{
    [Fact]
    public async Task OnCymru_AnotherHubReviews_HqAwardsGilt_AndTheSchoolGetsABilingualCertificateAnyoneCanCheck()
    {
        var tenant = await factory.CreateTenantAsync("cymru");
        var enrolment = await factory.SignedOffAsync(tenant, "/fy-hyb/ysgolion", "/fy-ysgol/cyflwyniad");
        await factory.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<ProgrammeDbContext>();
            var school = await db.Enrolments.Where(e => e.Id == enrolment).Select(e => e.School).SingleAsync();
            school.Name = "Ysgol Gynradd Tŷ'r Ŵyn";
            return await db.SaveChangesAsync();
        });

        var hq = await factory.SignedInAsync(tenant, Accounts.Demo("HQ"));
        var assign = await hq.GetPageAsync($"{tenant.BasePath}/fy-hyb/ysgolion/{enrolment}");
        var candidates = assign.Document.QuerySelectorAll("input[name=Reviewer]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Contains("hubleader2@example.org", candidates);
        Assert.DoesNotContain("hubleader@example.org", candidates);
        Assert.Equal("hubleader2@example.org", assign.Document.QuerySelector("input[name=Reviewer][checked]")?.GetAttribute("value"));
        await hq.SubmitAsync(assign, new Dictionary<string, string> { ["Step"] = "assign-reviewer" }, "form[action='?handler=Submission']");
        Assert.Equal("in-review", await factory.SubmissionStateAsync(tenant, enrolment));
        Assert.Contains(factory.Mail(tenant), m => m.Contains("To: hubleader2@example.org", StringComparison.Ordinal) && (MailText.Parse(m).TextBody ?? "").Contains("Ysgol Gynradd Tŷ'r Ŵyn", StringComparison.Ordinal));

        var reviewer = await factory.SignedInAsync(tenant, "hubleader2@example.org");
        var bell = await reviewer.GetPageAsync($"{tenant.BasePath}/cyfrif/hysbysiadau");
        Assert.StartsWith("1", bell.Document.QuerySelector(".psqm-header__count")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Cyflwyniad i chi ei adolygu: Ysgol Gynradd Tŷ'r Ŵyn", bell.Text, StringComparison.Ordinal);
        var read = await reviewer.SubmitAsync(bell, new Dictionary<string, string>(), "main form");
        Assert.Null(read.Document.QuerySelector(".psqm-header__count"));
        var list = await reviewer.GetPageAsync($"{tenant.BasePath}/fy-hyb/adolygiadau");
        var review = await reviewer.GetPageAsync(list.Document.QuerySelector("main table a")!.GetAttribute("href")!);
        Assert.Contains("What we did and the difference it made.", review.Text, StringComparison.Ordinal);
        var early = await reviewer.SubmitAsync(review, new Dictionary<string, string> { ["send"] = "1" }, "main form:not([action*=handler])");
        Assert.Contains("Cofnodwch", early.Document.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("in-review", await factory.SubmissionStateAsync(tenant, enrolment));

        var findings = early.Document.QuerySelectorAll("input[name$='.CriterionId']").Select((input, i) => (i, input.GetAttribute("value")!)).ToList();
        var values = findings.SelectMany(f => new[]
        {
            new KeyValuePair<string, string>($"Findings[{f.i}].Met", "met"),
            new KeyValuePair<string, string>($"Findings[{f.i}].Comment", $"Tystiolaeth gref ({f.Item2})."),
        }).ToDictionary();
        values["Recommended"] = "gilt";
        values["Summary"] = "Gwaith gwych gan y disgyblion.";
        values["send"] = "1";
        var sent = await reviewer.SubmitAsync(early, values, "main form:not([action*=handler])");
        Assert.Null(sent.Document.QuerySelector(".govuk-error-summary"));
        Assert.Equal("reviewed", await factory.SubmissionStateAsync(tenant, enrolment));
        Assert.Contains(factory.Mail(tenant), m => m.Contains("To: hq@example.org", StringComparison.Ordinal) && MailText.Subject(m).Contains("Ysgol Gynradd", StringComparison.Ordinal));

        var moderate = await hq.GetPageAsync($"{tenant.BasePath}/fy-hyb/ysgolion/{enrolment}");
        Assert.Contains("Demo HubLeader 2", moderate.Text, StringComparison.Ordinal);
        Assert.Equal("gilt", moderate.Document.QuerySelector("input[name=AwardLevel][checked]")?.GetAttribute("value"));
        await hq.SubmitAsync(moderate, new Dictionary<string, string> { ["Step"] = "award" }, "form[action='?handler=Submission']");
        Assert.Equal("awarded", await factory.SubmissionStateAsync(tenant, enrolment));

        var award = await factory.InTenantAsync(tenant, s => s.GetRequiredService<AwardsDbContext>().AwardHolders.SingleAsync(h => h.EnrolmentId == enrolment));
        Assert.Equal("gilt", award.Level);
        Assert.Equal(award.AwardedOn.AddYears(3).AddDays(-1), award.ExpiresOn);
        Assert.Contains(factory.Mail(tenant), m => m.Contains("To: subjectleader@example.org", StringComparison.Ordinal) && (MailText.Parse(m).TextBody ?? "").Contains(award.Code!, StringComparison.Ordinal));

        var round = await factory.InTenantAsync(tenant, s => s.GetRequiredService<ProgrammeDbContext>().Enrolments.Where(e => e.Id == enrolment).Select(e => e.RoundId).SingleAsync());
        var report = await hq.GetPageAsync($"{tenant.BasePath}/admin/programme/rounds/{round}/outcomes");
        Assert.Equal("1", report.Document.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.TextContent.Contains("Ysgolion a enillodd wobr", StringComparison.Ordinal)).QuerySelector("dd")!.TextContent.Trim());
        Assert.NotNull(report.Document.QuerySelector("svg[role=img][aria-labelledby]"));
        var csv = await (await hq.GetAsync(new Uri($"{tenant.BasePath}/admin/programme/rounds/{round}/outcomes?handler=Csv", UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.Contains(csv.Split('\n'), line => line.Contains("Ysgol Gynradd Tŷ'r Ŵyn", StringComparison.Ordinal) && line.Contains("PSQM Gilt", StringComparison.Ordinal));

        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        var outcome = await school.GetPageAsync($"{tenant.BasePath}/fy-ysgol/cyflwyniad");
        Assert.Contains("Gwaith gwych gan y disgyblion.", outcome.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("HubLeader 2", outcome.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("hubleader2", outcome.Document.DocumentElement.OuterHtml, StringComparison.OrdinalIgnoreCase);

        var pdf = await school.GetAsync(new Uri(outcome.Document.QuerySelector("a[href*='/gwobrau/tystysgrifau/']")!.GetAttribute("href")!, UriKind.Relative));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        using (var document = PdfDocument.Open(bytes))
        {
            var page = document.GetPage(1);
            Assert.True(page.Width > page.Height, "The certificate is landscape.");
            var text = string.Concat(page.Letters.Select(l => l.Value));
            Assert.Contains("Tŷ'rŴyn", text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Contains("Tystysgrif", text, StringComparison.Ordinal);
            Assert.Contains("Certificateofaward", text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Contains(award.Code!, text, StringComparison.Ordinal);
            Assert.Contains($"/gwobrau/gwirio/{award.Code}", text, StringComparison.Ordinal);
            Assert.All(page.Letters.Select(l => l.FontName).Distinct(), font => Assert.Contains("DejaVu", font, StringComparison.Ordinal));
        }

        Assert.Contains("/FontFile2", System.Text.Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);

        var anyone = factory.CreateClient();
        var check = await anyone.GetPageAsync($"{tenant.BasePath}/gwobrau/gwirio/{award.Code!.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal)}");
        Assert.Equal(HttpStatusCode.OK, check.Response.StatusCode);
        Assert.Contains("Ysgol Gynradd Tŷ'r Ŵyn", check.Text, StringComparison.Ordinal);
        var directory = await anyone.GetPageAsync($"{tenant.BasePath}/deiliaid-gwobrau?q=Ŵyn");
        Assert.Contains("Ysgol Gynradd Tŷ'r Ŵyn", directory.Text, StringComparison.Ordinal);

        var withdraw = await hq.GetPageAsync($"{tenant.BasePath}/fy-hyb/ysgolion/{enrolment}");
        var silent = await hq.SubmitAsync(withdraw, new Dictionary<string, string> { ["RevokeReason"] = " " }, "form[action='?handler=Revoke']");
        Assert.Contains("Dywedwch pam", silent.Document.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        await hq.SubmitAsync(silent, new Dictionary<string, string> { ["RevokeReason"] = "Dyfarnwyd trwy gamgymeriad." }, "form[action='?handler=Revoke']");
        var withdrawn = await anyone.GetPageAsync($"{tenant.BasePath}/gwobrau/gwirio/{award.Code}");
        Assert.Contains("Cafodd y wobr hon ei thynnu'n ôl", withdrawn.Text, StringComparison.Ordinal);
        Assert.Contains("Dyfarnwyd trwy gamgymeriad.", withdrawn.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ysgol Gynradd Tŷ'r Ŵyn", (await anyone.GetPageAsync($"{tenant.BasePath}/deiliaid-gwobrau?q=Ŵyn")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheVerificationPage_SaysNoSuchCertificateWith404_AndAWithdrawnAwardSaysSo()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var anyone = factory.CreateClient();

        var missing = await anyone.GetPageAsync($"{tenant.BasePath}/awards/verify/ZZZZ-ZZZZ-ZZZZ");
        Assert.Equal(HttpStatusCode.NotFound, missing.Response.StatusCode);
        Assert.Contains("No certificate has this code", missing.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync(new Uri($"{tenant.BasePath}/awards/certificates/ZZZZ-ZZZZ-ZZZZ", UriKind.Relative))).StatusCode);
        var hostile = await anyone.GetPageAsync($"{tenant.BasePath}/awards/verify/%3Cscript%3E");
        Assert.Equal(HttpStatusCode.NotFound, hostile.Response.StatusCode);
        Assert.Null(hostile.Document.QuerySelector("main script"));

        var holder = await factory.InTenantAsync(tenant, async s =>
        {
            var register = s.GetRequiredService<AwardRegister>();
            var made = await register.GrantAsync(new AwardGrant(9999, "Withdrawn Primary", "Leeds", "north", "psqm", new Psqm.Programme.RoundKey("autumn", 2025), new DateOnly(2026, 7, 1), new DateOnly(2029, 6, 30)), null, default);
            await register.RevokeAsync(9999, "Awarded in error.", new DateOnly(2026, 9, 1), default);
            return made;
        });
        var withdrawn = await anyone.GetPageAsync($"{tenant.BasePath}/awards/verify/{holder.Code}");
        Assert.Contains("This award was withdrawn on 1 September 2026.", withdrawn.Text, StringComparison.Ordinal);
        Assert.Contains("Awarded in error.", withdrawn.Text, StringComparison.Ordinal);
        Assert.Null(withdrawn.Document.QuerySelector(".govuk-panel--confirmation"));
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync(new Uri($"{tenant.BasePath}/awards/certificates/{holder.Code}", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain("Withdrawn Primary", (await anyone.GetPageAsync($"{tenant.BasePath}/award-holders?q=Withdrawn")).Text, StringComparison.Ordinal);

        var demo = await factory.InTenantAsync(tenant, s => s.GetRequiredService<AwardsDbContext>().AwardHolders.Where(h => h.EnrolmentId == null && h.ExpiresOn > new DateOnly(2027, 1, 1)).Select(h => h.Code).FirstAsync());
        var genuine = await anyone.GetPageAsync($"{tenant.BasePath}/awards/verify/{demo}");
        Assert.Contains("This certificate is genuine", genuine.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReviewerOfTheSchoolsOwnHub_IsRefused_AndOneWhoDeclaredAConflict_IsNotAskedAgain()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var enrolment = await factory.SignedOffAsync(tenant, "/my-hub/schools", "/my-school/submission");
        var hq = await factory.SignedInAsync(tenant, Accounts.Demo("HQ"));

        var own = await hq.SubmitAsync(
            await hq.GetPageAsync($"{tenant.BasePath}/my-hub/schools/{enrolment}"),
            new Dictionary<string, string> { ["Step"] = "assign-reviewer", ["Reviewer"] = "hubleader@example.org" },
            "form[action='?handler=Submission']");
        Assert.Contains("leads the school's own hub", own.Document.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("signed-off", await factory.SubmissionStateAsync(tenant, enrolment));

        await hq.SubmitAsync(own, new Dictionary<string, string> { ["Step"] = "assign-reviewer", ["Reviewer"] = "hubleader2@example.org" }, "form[action='?handler=Submission']");
        var reviewer = await factory.SignedInAsync(tenant, "hubleader2@example.org");
        var id = await factory.InTenantAsync(tenant, s => s.GetRequiredService<ProgrammeDbContext>().Reviews.Where(r => r.EnrolmentId == enrolment).Select(r => r.Id).SingleAsync());
        var ownHub = await factory.SignedInAsync(tenant, Accounts.Demo("HubLeader"));
        Assert.Equal(HttpStatusCode.NotFound, (await ownHub.GetAsync(new Uri($"{tenant.BasePath}/my-hub/reviews/{id}", UriKind.Relative))).StatusCode);
        var page = await reviewer.GetPageAsync($"{tenant.BasePath}/my-hub/reviews/{id}");
        await reviewer.SubmitAsync(page, new Dictionary<string, string> { ["Reason"] = "I was a governor at this school." }, "form[action='?handler=Decline']");
        Assert.Equal("signed-off", await factory.SubmissionStateAsync(tenant, enrolment));
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync(new Uri($"{tenant.BasePath}/my-hub/reviews/{id}", UriKind.Relative))).StatusCode);

        var again = await hq.GetPageAsync($"{tenant.BasePath}/my-hub/schools/{enrolment}");
        Assert.DoesNotContain("hubleader2@example.org", again.Document.QuerySelectorAll("input[name=Reviewer]").Select(i => i.GetAttribute("value")));
        var refused = await hq.SubmitAsync(again, new Dictionary<string, string> { ["Step"] = "assign-reviewer", ["Reviewer"] = "hubleader2@example.org" }, "form[action='?handler=Submission']");
        Assert.Contains("conflict of interest", refused.Document.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("signed-off", await factory.SubmissionStateAsync(tenant, enrolment));

        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        Assert.DoesNotContain("governor", (await school.GetPageAsync($"{tenant.BasePath}/my-school/submission")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDemoData_HoldsAwardsTheProgrammeMade_OneInWales_AndTheRenewingSchoolsEarlierOneInEngland()
    {
        var anyone = factory.CreateClient();
        var wales = await factory.CreateTenantAsync("cymru");
        var current = await factory.InTenantAsync(wales, s => s.GetRequiredService<AwardsDbContext>().AwardHolders.SingleAsync(h => h.EnrolmentId != null));
        Assert.Equal("Ysgol Gynradd Maes-y-Dŵr", current.SchoolName);
        Assert.Contains("Ysgol Gynradd Maes-y-Dŵr", (await anyone.GetPageAsync($"{wales.BasePath}/deiliaid-gwobrau?q=Maes")).Text, StringComparison.Ordinal);
        Assert.Contains("Mae'r dystysgrif hon yn ddilys", (await anyone.GetPageAsync($"{wales.BasePath}/gwobrau/gwirio/{current.Code}")).Text, StringComparison.Ordinal);
        Assert.Equal("awarded", await factory.SubmissionStateAsync(wales, current.EnrolmentId!.Value));

        var england = await factory.CreateTenantAsync("england");
        var earlier = await factory.InTenantAsync(england, s => s.GetRequiredService<AwardsDbContext>().AwardHolders.SingleAsync(h => h.EnrolmentId != null));
        Assert.Equal("Brook Lane Primary School", earlier.SchoolName);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/London"));
        Assert.Contains(
            earlier.ExpiresOn < today ? "the award has expired" : "This certificate is genuine",
            (await anyone.GetPageAsync($"{england.BasePath}/awards/verify/{earlier.Code}")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HQ_AssignsTheRoundsReviewersInOneGo_SpreadOverEveryHubLeaderOfAnotherHub()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var (round, waiting) = await factory.InTenantAsync(tenant, async s =>
        {
            var users = s.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Psqm.Modules.Users.Data.PsqmUser>>();
            var third = new Psqm.Modules.Users.Data.PsqmUser { UserName = "hubleader3@example.org", Email = "hubleader3@example.org", EmailConfirmed = true, DisplayName = "Demo HubLeader 3", Hub = "bristol" };
            await users.CreateAsync(third, PsqmFactory.Password);
            await users.AddToRoleAsync(third, "HubLeader");
            var db = s.GetRequiredService<ProgrammeDbContext>();
            var enrolments = await db.Enrolments.Where(e => e.Round.Number == 31 && e.Round.FrameworkKey == "psqm" && e.Hub == "north-staffordshire").ToListAsync();
            var engine = s.GetRequiredService<Psqm.Modules.Workflows.Engine.WorkflowEngine>();
            foreach (var e in enrolments)
            {
                await engine.ImportAsync("submission", "enrolment", $"{e.Id}", "signed-off", DateTime.UtcNow, "Signed off on paper.", default);
            }

            return (enrolments[0].RoundId, enrolments.Select(e => e.Id).ToList());
        });
        Assert.True(waiting.Count >= 4, "The demo hub has enough schools to share.");

        var hq = await factory.SignedInAsync(tenant, Accounts.Demo("HQ"));
        var plan = await hq.GetPageAsync($"{tenant.BasePath}/admin/programme/rounds/{round}/reviews");
        var proposed = plan.Document.QuerySelectorAll("tbody tr td:first-of-type").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(waiting.Count, proposed.Count);
        Assert.DoesNotContain("Demo HubLeader", proposed);
        Assert.All(proposed.GroupBy(p => p), g => Assert.True(g.Count() >= 2, $"{g.Key} reviews {g.Count()}"));

        await hq.SubmitAsync(plan, new Dictionary<string, string>(), "main form[method=post]");

        Assert.All(waiting, e => Assert.Equal("in-review", factory.SubmissionStateAsync(tenant, e).GetAwaiter().GetResult()));
        var reviewers = await factory.InTenantAsync(tenant, s => s.GetRequiredService<ProgrammeDbContext>().Reviews.Where(r => waiting.Contains(r.EnrolmentId)).Select(r => r.Reviewer).ToListAsync());
        Assert.Equal(["HUBLEADER2@EXAMPLE.ORG", "HUBLEADER3@EXAMPLE.ORG"], reviewers.Distinct().Order());
        Assert.Contains("No signed-off submission is waiting", (await hq.GetPageAsync($"{tenant.BasePath}/admin/programme/rounds/{round}/reviews")).Text, StringComparison.Ordinal);
    }
}
