using System.Net;
using Psqm.Testing;

namespace Psqm.Web.Tests.MultiNode;

/// <summary>What a visitor, a school and HQ do, spread over two nodes as a load balancer spreads them, on either engine.</summary>
public sealed class MultiNodeTests(TwoNodes site) : IClassFixture<TwoNodes>
{
    // Tenant state and search reach every node within this; the registry is compared every two seconds.
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task SignedInOnOneNode_ContinuesOnTheOther()
    {
        using var a = site.Browser(site.A);
        using var b = site.Browser(site.B, followRedirects: false);
        await a.SignInAsync("/cymru", Accounts.Demo("HQ"));

        var inbox = await b.GetPageAsync("/cymru/admin/enquiries");
        Assert.Equal(HttpStatusCode.OK, inbox.Response.StatusCode);

        // A form B served and B checks, with the cookie A issued: the key ring is one.
        var signedOut = await b.SubmitAsync(await b.GetPageAsync("/cymru/admin/enquiries"), new Dictionary<string, string>(), "form.psqm-header__signout");
        Assert.NotEqual(HttpStatusCode.BadRequest, signedOut.Response.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await b.GetAsync(new Uri("/cymru/admin/enquiries", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task InterestRegisteredOnOneNode_IsInTheInboxOnTheOther()
    {
        using var visitor = site.Browser(site.A);
        var school = "Ysgol Dwy Nod " + Guid.NewGuid().ToString("N")[..6];
        var form = await visitor.GetPageAsync("/cymru/cofrestru-diddordeb");
        var sent = await visitor.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.SchoolName"] = school,
            ["Input.SchoolIdentifier"] = "6612345",
            ["Input.Address"] = "Llanrug, Caernarfon LL55 4AL",
            ["Input.Pupils"] = "80",
            ["Input.ContactName"] = "Elin Owen",
            ["Input.Role"] = "Arweinydd gwyddoniaeth",
            ["Input.Email"] = "elin@ysgol.example",
            ["Input.Mark"] = "psqm",
            ["Input.HeardFrom"] = "colleague",
            ["Input.Consent"] = "true",
            ["Input.Round"] = form.Document.QuerySelectorAll("#Input_Round option").Skip(1).First().GetAttribute("value")!,
        });
        Assert.Equal(HttpStatusCode.OK, sent.Response.StatusCode);

        using var hq = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = site.B.Address };
        await hq.SignInAsync("/cymru", Accounts.Demo("HQ"));
        Assert.Contains(school, (await hq.GetPageAsync("/cymru/admin/enquiries")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishedOnOneNode_IsFoundBySearchOnTheOtherWithinFiveSeconds()
    {
        using var editor = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = site.A.Address };
        using var visitor = new HttpClient { BaseAddress = site.B.Address };
        await editor.SignInAsync("/cymru", Accounts.Demo("Editor"));
        var word = "ornithopter" + Guid.NewGuid().ToString("N")[..6];

        await TwoNodes.PublishCaseStudyAsync(editor, word);

        var until = DateTime.UtcNow + Within;
        var found = 0;
        while (found == 0 && DateTime.UtcNow < until)
        {
            using var json = System.Text.Json.JsonDocument.Parse(await visitor.GetStringAsync(new Uri($"/cymru/api/search?q={word}", UriKind.Relative)));
            found = json.RootElement.GetProperty("total").GetInt32();
            await Task.Delay(found == 0 ? 200 : 0);
        }

        Assert.Equal(1, found);
    }

    [Fact]
    public async Task TenantDisabledOnOneNode_IsClosedOnTheOtherWithinFiveSeconds()
    {
        using var admin = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = site.A.Address };
        using var visitor = new HttpClient { BaseAddress = site.B.Address };
        await admin.SignInAsync("", Accounts.Demo("Administrator"));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri("/international/", UriKind.Relative))).StatusCode);

        await Toggle(admin, "International");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await StatusWithinAsync(visitor, "/international/", HttpStatusCode.ServiceUnavailable));

        await Toggle(admin, "International");
        Assert.Equal(HttpStatusCode.OK, await StatusWithinAsync(visitor, "/international/", HttpStatusCode.OK));
    }

    [Fact]
    public async Task AReminderDueOnce_IsSentOnce_ThoughBothNodesLookEverySecond()
    {
        using var editor = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = site.A.Address };
        await editor.SignInAsync("/cymru", Accounts.Demo("Editor"));
        var slug = "gweminar-dwy-nod-" + Guid.NewGuid().ToString("N")[..6];
        var form = await editor.GetPageAsync("/cymru/admin/content/edit?type=Webinar");
        var published = await editor.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Title"] = "Gweminar " + slug,
            ["Slug"] = slug,
            ["Fields.summary"] = "Crynodeb byr.",
            ["Fields.kind"] = "webinar",
            ["Fields.presenter"] = "Arweinydd hyb",

            // Far enough off that registering sends no reminder of itself.
            ["Fields.start"] = Local(DateTime.UtcNow.AddDays(3)),
            ["Fields.duration"] = "60",
            ["Fields.capacity"] = "50",
            ["Fields.joinLink"] = "https://meet.example.org/dwy-nod",
        }, action: "?handler=Publish&type=Webinar&culture=cy");
        Assert.Equal(HttpStatusCode.OK, published.Response.StatusCode);

        var people = Enumerable.Range(1, 6).Select(i => $"athro{i}.{slug}@ysgol.example").ToArray();
        for (var i = 0; i < people.Length; i++)
        {
            // Alternately on each node, as a balancer would send them; the second learns of the webinar from the stamps.
            using var visitor = site.Browser(i % 2 == 0 ? site.A : site.B);
            var page = await visitor.GetPageAsync($"/cymru/gweminarau/{slug}");
            for (var tries = 0; page.Response.StatusCode == HttpStatusCode.NotFound && tries < 40; tries++)
            {
                await Task.Delay(250);
                page = await visitor.GetPageAsync($"/cymru/gweminarau/{slug}");
            }

            var registered = await visitor.SubmitAsync(page, new Dictionary<string, string> { ["Input.Name"] = $"Athro {i}", ["Input.Email"] = people[i], ["Input.School"] = "Ysgol y Ddwy Nod" });
            Assert.Equal("Mae gennych le", registered.Document.QuerySelector(".govuk-panel__title")?.TextContent.Trim());
        }

        // Moved to within the day before, whatever the tenant's offset from UTC: the reminders are due at once.
        var edit = await editor.GetPageAsync(published.Response.RequestMessage!.RequestUri!.PathAndQuery);
        var id = System.Web.HttpUtility.ParseQueryString(published.Response.RequestMessage.RequestUri.Query)["id"];
        var moved = await editor.SubmitAsync(edit, new Dictionary<string, string> { ["Fields.start"] = Local(DateTime.UtcNow.AddHours(8)) }, action: $"?handler=Publish&id={id}");
        Assert.Equal(HttpStatusCode.OK, moved.Response.StatusCode);

        int[] Reminders() => people.Select(p => site.Mail().Count(m => m.Contains("To: " + p, StringComparison.OrdinalIgnoreCase) && MailText.Subject(m).StartsWith("Nodyn atgoffa:", StringComparison.Ordinal))).ToArray();
        var until = DateTime.UtcNow.AddSeconds(30);
        while (Reminders().Contains(0) && DateTime.UtcNow < until)
        {
            await Task.Delay(250);
        }

        // Several more rounds on both nodes, and their outboxes, find nothing more to send.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.All(Reminders(), count => Assert.Equal(1, count));
    }

    private static string Local(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task Toggle(HttpClient admin, string tenant)
    {
        var list = await admin.GetPageAsync("/admin/tenants");
        var done = await admin.SubmitAsync(list, new Dictionary<string, string>(), $"form:has(input[value='{tenant}'])");
        Assert.Equal(HttpStatusCode.OK, done.Response.StatusCode);
    }

    private static async Task<HttpStatusCode> StatusWithinAsync(HttpClient client, string path, HttpStatusCode wanted)
    {
        var until = DateTime.UtcNow + Within;
        HttpStatusCode status;
        do
        {
            status = (await client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode;
            if (status == wanted)
            {
                break;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < until);
        return status;
    }
}
