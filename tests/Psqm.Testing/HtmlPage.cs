using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Psqm.Testing;

/// <summary>A fetched page, parsed, with the URL it came from so its forms can be submitted as a browser would.</summary>
public sealed record HtmlPage(IHtmlDocument Document, Uri Url, HttpResponseMessage Response)
{
    public string Text => Document.Body?.TextContent ?? "";

    public string Lang => Document.DocumentElement.GetAttribute("lang") ?? "";
}

public static class HtmlClient
{
    private static readonly HtmlParser Parser = new();

    public static async Task<HtmlPage> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        return await ParseAsync(response);
    }

    /// <summary>Fills the form (the first, or the one matching the selector) and posts it with its hidden fields.</summary>
    public static async Task<HtmlPage> SubmitAsync(this HttpClient client, HtmlPage page, IDictionary<string, string> values, string selector = "main form", string? action = null)
    {
        var form = page.Document.QuerySelector(selector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form matches '{selector}' on {page.Url}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>())
        {
            if (string.IsNullOrEmpty(input.Name) || values.ContainsKey(input.Name) || (input.Type is "radio" or "checkbox" && !input.IsChecked))
            {
                continue;
            }

            fields.Add(new(input.Name, input.Value));
        }

        foreach (var area in form.Elements.OfType<IHtmlTextAreaElement>().Where(t => !string.IsNullOrEmpty(t.Name) && !values.ContainsKey(t.Name)))
        {
            fields.Add(new(area.Name!, area.Value));
        }

        foreach (var select in form.Elements.OfType<IHtmlSelectElement>().Where(s => !string.IsNullOrEmpty(s.Name) && !values.ContainsKey(s.Name)))
        {
            fields.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(select.Name!, o.Value)));
        }

        fields.AddRange(values);
        action ??= form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? page.Url : new Uri(page.Url, action);
        using var content = new FormUrlEncodedContent(fields);
        var response = await client.PostAsync(target, content);
        return await ParseAsync(response);
    }

    /// <summary>Posts a body the page's forms cannot describe (a multipart upload) and reads the page that comes back.</summary>
    public static async Task<HtmlPage> PostPageAsync(this HttpClient client, Uri url, HttpContent content) => await ParseAsync(await client.PostAsync(url, content));

    private static async Task<HtmlPage> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var document = Parser.ParseDocument(html);
        return new HtmlPage(document, response.RequestMessage!.RequestUri!, response);
    }
}
