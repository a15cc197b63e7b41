using Psqm.Modules.Content.Engine;

namespace Psqm.Modules.Resources;

public sealed class ResourceType : IContentTypeProvider
{
    public const string Name = "Resource";
    public const string Audiences = Taxonomies.Audiences;
    public const string MembersOnly = "members";

    public static readonly ContentTypeDefinition Definition = new(Name, "Resource", Manifest.Value.Name)
    {
        DetailPage = "/Resources/Detail",
        MembersOnly = IsMembersOnly,
        Fields =
        [
            new("summary", "Summary", FieldKind.TextArea) { Required = true, MaxLength = 400, Hint = "One or two sentences shown in lists and search results." },
            new("body", "Description", FieldKind.Markdown) { MaxLength = 20000 },
            new("format", "Format", FieldKind.Choice)
            {
                Required = true,
                Choices =
                [
                    new("document", "Document"), new("presentation", "Presentation"), new("spreadsheet", "Spreadsheet"),
                    new("video", "Video"), new("audio", "Audio"), new("image", "Image"), new("link", "Web page"),
                ],
            },
            new("file", "File", FieldKind.File) { Hint = "A file from the media library. Give a file or a web address." },
            new("link", "Web address", FieldKind.Url) { MaxLength = 2000 },
            new("access", "Who can use it", FieldKind.Choice)
            {
                Required = true,
                Choices = [new("public", "Everyone"), new(MembersOnly, "Signed-in programme members only")],
            },
            new("audience", "Audience", FieldKind.Terms) { Taxonomy = Audiences },
            new("topics", "Topics", FieldKind.Terms) { Taxonomy = Taxonomies.Topics },
            new("keyStages", "Key stages", FieldKind.Terms) { Taxonomy = Taxonomies.KeyStages },
            new("author", "Author", FieldKind.Text) { MaxLength = 200 },
            new(ContentTypeDefinition.HubField, "Hub", FieldKind.Term) { Taxonomy = Taxonomies.Hubs, Hint = "The hub that offers it. Leave empty for the whole site." },
            new("date", "Date", FieldKind.Date) { Required = true },
        ],
        Rules =
        [
            new("file", "Give a file or a web address", fields => fields.ContainsKey("file") || fields.ContainsKey("link")),
            new("link", "Give a file or a web address, not both", fields => !(fields.ContainsKey("file") && fields.ContainsKey("link"))),
        ],
    };

    public IEnumerable<ContentTypeDefinition> ContentTypes() => [Definition];

    public static bool IsMembersOnly(ContentItem item) => item.Field("access") == MembersOnly;
}
