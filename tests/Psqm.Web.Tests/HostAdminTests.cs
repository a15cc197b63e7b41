using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Tenancy;

namespace Psqm.Web.Tests;

[Collection(SharedSite.Name)]
public sealed class HostAdminTests(PsqmFactory factory)
{
    [Fact]
    public async Task TenantsPage_ForTheHostAdministrator_ListsTheDemoTenants()
    {
        var client = factory.CreateClient();
        var dashboard = await client.SignInAsync("", Accounts.Demo("Administrator"));
        Assert.NotNull(dashboard.Document.QuerySelector("a[href='/admin/tenants']"));

        var page = await client.GetPageAsync("/admin/tenants");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var names = page.Document.QuerySelectorAll("tbody th").Select(th => th.TextContent).ToArray();
        Assert.Contains("Default", names);
        Assert.Contains("Cymru", names);
        Assert.Contains("International", names);
    }

    [Fact]
    public async Task TenantsPage_OnATenantWithoutTheModule_DoesNotExist()
    {
        var client = factory.CreateClient();
        await client.SignInAsync("/cymru", Accounts.Demo("Administrator"));

        var response = await client.GetAsync(new Uri("/cymru/admin/tenants", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TenantsPage_ForAHubLeader_IsDenied()
    {
        var client = factory.CreateClient();
        await client.SignInAsync("", Accounts.Demo("HubLeader"));

        var page = await client.GetPageAsync("/admin/tenants");

        Assert.Equal(HttpStatusCode.Forbidden, page.Response.StatusCode);
        Assert.Equal("/account/access-denied", page.Url.AbsolutePath);
    }

    [Fact]
    public async Task CreateTenant_FromTheAdminPage_SetsUpARunningSite()
    {
        var client = factory.CreateClient();
        await client.SignInAsync("", Accounts.Demo("Administrator"));
        var form = await client.GetPageAsync("/admin/tenants/create");

        var name = "Scot" + Guid.NewGuid().ToString("N")[..6];
        var done = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.UrlPrefix"] = name.ToLowerInvariant(),
            ["Input.Recipe"] = "international",
        });

        Assert.Contains($"{name} has been created and set up.", done.Text, StringComparison.Ordinal);
        var home = await factory.CreateClient().GetPageAsync("/" + name.ToLowerInvariant());
        Assert.Equal(HttpStatusCode.OK, home.Response.StatusCode);
        Assert.Equal("Primary Science Quality Mark International", home.Document.QuerySelector(".psqm-header__name")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("account", "Input.UrlPrefix", "already used by a page")]
    [InlineData("cymru", "Input.UrlPrefix", "Another tenant already answers")]
    [InlineData("Not A Prefix", "Input.UrlPrefix", "lower-case letters")]
    public async Task CreateTenant_WithABadPrefix_SaysWhyAndKeepsWhatWasTyped(string prefix, string field, string message)
    {
        var client = factory.CreateClient();
        await client.SignInAsync("", Accounts.Demo("Administrator"));
        var form = await client.GetPageAsync("/admin/tenants/create");

        var page = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = "Valid" + Guid.NewGuid().ToString("N")[..6],
            ["Input.UrlPrefix"] = prefix,
            ["Input.Recipe"] = "england",
        });

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var id = field.Replace('.', '_');
        Assert.Contains(message, page.Document.QuerySelector($"#{id}-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(prefix, page.Document.QuerySelector($"#{id}")!.GetAttribute("value"));
    }

    [Fact]
    public async Task DisabledTenant_AnswersAFriendly503_UntilEnabledAgain()
    {
        var tenant = await factory.CreateTenantAsync("cymru");
        var admin = factory.CreateClient();
        await admin.SignInAsync("", Accounts.Demo("Administrator"));
        var list = await admin.GetPageAsync("/admin/tenants");

        await admin.SubmitAsync(list, new Dictionary<string, string>(), $"form:has(input[value='{tenant.Name}'])");
        var visitor = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var closed = await visitor.GetPageAsync(tenant.BasePath.Value!);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, closed.Response.StatusCode);
        Assert.Equal("cy", closed.Lang);
        Assert.Contains("Mae'r wefan hon ar gau am y tro", closed.Text, StringComparison.Ordinal);

        var listAgain = await admin.GetPageAsync("/admin/tenants");
        await admin.SubmitAsync(listAgain, new Dictionary<string, string>(), $"form:has(input[value='{tenant.Name}'])");
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri(tenant.BasePath.Value!, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task DisableTenant_WithAStaleVersion_ChangesNothingAndSaysSo()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var admin = factory.CreateClient();
        await admin.SignInAsync("", Accounts.Demo("Administrator"));
        var stale = await admin.GetPageAsync("/admin/tenants");
        await factory.Services.GetRequiredService<TenantShells>().SetStateAsync(tenant.Name, TenantState.Disabled);
        await factory.Services.GetRequiredService<TenantShells>().SetStateAsync(tenant.Name, TenantState.Running);

        var page = await admin.SubmitAsync(stale, new Dictionary<string, string>(), $"form:has(input[value='{tenant.Name}'])");

        Assert.Contains("was not changed", page.Text, StringComparison.Ordinal);
        Assert.Equal(TenantState.Running, factory.Services.GetRequiredService<TenantRegistry>().Find(tenant.Name)!.State);
    }

    [Fact]
    public async Task ChangeAddress_MovesTheTenant_AndItsLinksFollow()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var admin = factory.CreateClient();
        await admin.SignInAsync("", Accounts.Demo("Administrator"));
        var form = await admin.GetPageAsync($"/admin/tenants/{tenant.Name}/address");
        var moved = "moved" + Guid.NewGuid().ToString("N")[..6];

        var done = await admin.SubmitAsync(form, new Dictionary<string, string> { ["Input.UrlPrefix"] = moved, ["Input.Host"] = "" });

        Assert.Contains($"The address of {tenant.Name} has been changed.", done.Text, StringComparison.Ordinal);
        var visitor = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var home = await visitor.GetPageAsync($"/{moved}");
        Assert.Equal(HttpStatusCode.OK, home.Response.StatusCode);
        Assert.EndsWith($"/{moved}", home.Document.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!.TrimEnd('/'), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri(tenant.BasePath.Value + "/case-studies", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ChangeAddress_ToAnotherTenantsAddress_SaysWhyAndChangesNothing()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var admin = factory.CreateClient();
        await admin.SignInAsync("", Accounts.Demo("Administrator"));
        var form = await admin.GetPageAsync($"/admin/tenants/{tenant.Name}/address");

        var page = await admin.SubmitAsync(form, new Dictionary<string, string> { ["Input.UrlPrefix"] = "cymru" });

        Assert.Contains("Another tenant already answers", page.Document.QuerySelector("#Input_UrlPrefix-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("cymru", page.Document.QuerySelector("#Input_UrlPrefix")!.GetAttribute("value"));
        Assert.Equal(tenant.Record.UrlPrefix, factory.Services.GetRequiredService<TenantRegistry>().Find(tenant.Name)!.Record.UrlPrefix);
    }

    [Fact]
    public async Task ChangeAddress_AfterSomeoneElseChangedTheTenant_IsRefusedAndSaysSo()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var admin = factory.CreateClient();
        await admin.SignInAsync("", Accounts.Demo("Administrator"));
        var stale = await admin.GetPageAsync($"/admin/tenants/{tenant.Name}/address");
        await factory.Services.GetRequiredService<TenantShells>().SetStateAsync(tenant.Name, TenantState.Running);

        var page = await admin.SubmitAsync(stale, new Dictionary<string, string> { ["Input.UrlPrefix"] = "elsewhere" + Guid.NewGuid().ToString("N")[..4] });

        Assert.Contains("Someone else changed this tenant", page.Text, StringComparison.Ordinal);
        Assert.Equal(tenant.Record.UrlPrefix, factory.Services.GetRequiredService<TenantRegistry>().Find(tenant.Name)!.Record.UrlPrefix);
    }

    [Fact]
    public async Task TheDefaultTenant_HasNoAddressToChange()
    {
        var admin = factory.CreateClient();
        await admin.SignInAsync("", Accounts.Demo("Administrator"));

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri("/admin/tenants/Default/address", UriKind.Relative))).StatusCode);
    }
}
