using System.Net;

namespace Psqm.Testing;

public static class Accounts
{
    public static string Demo(string role) => $"{role.ToLowerInvariant()}@example.org";

    /// <summary>Signs in through the real sign-in form of the tenant at <paramref name="basePath"/>.</summary>
    public static async Task<HtmlPage> SignInAsync(this HttpClient client, string basePath, string email, string password = PsqmFactory.Password)
    {
        var form = await client.GetPageAsync($"{basePath}/account/sign-in");
        if (form.Response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Sign-in page of {basePath} answered {form.Response.StatusCode}.");
        }

        return await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
    }
}
