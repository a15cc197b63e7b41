using Psqm.Modules.Content.Engine;

namespace Psqm.Modules.CaseStudies;

public sealed class CaseStudyType : IContentTypeProvider
{
    public const string Name = "CaseStudy";

    public static readonly ContentTypeDefinition Definition = new(Name, "Case study", Manifest.Value.Name)
    {
        DetailPage = "/CaseStudies/Detail",
        Fields =
        [
            new("summary", "Summary", FieldKind.TextArea) { Required = true, MaxLength = 400, Hint = "One or two sentences shown in lists and search results." },
            new("body", "Story", FieldKind.Markdown) { Required = true, MaxLength = 20000, Hint = "What the school did and what changed. Markdown: ## for headings, - for lists." },
            new("date", "Date", FieldKind.Date) { Required = true },
            new("setting", "Setting", FieldKind.Term) { Required = true, Taxonomy = Taxonomies.Settings },
            new("region", "Region", FieldKind.Term) { Required = true, Taxonomy = Taxonomies.Regions },
            new("level", "Award level", FieldKind.Term) { Required = true, Taxonomy = Taxonomies.AwardLevels },
            new("topics", "Topics", FieldKind.Terms) { Taxonomy = Taxonomies.Topics },
            new("keyStages", "Key stages", FieldKind.Terms) { Taxonomy = Taxonomies.KeyStages },
            new("images", "Images", FieldKind.Images),
            new("quote", "Pull quote", FieldKind.TextArea) { MaxLength = 600 },
            new("quoteBy", "Quote attribution", FieldKind.Text) { MaxLength = 200, Hint = "Who said it, for example: Science subject leader" },
        ],
    };

    public IEnumerable<ContentTypeDefinition> ContentTypes() => [Definition];
}
