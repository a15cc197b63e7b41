using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Psqm.Core.Search;

namespace Psqm.Modules.Content.Engine;

/// <summary>
/// A published item as a search entry: its title, the text of its text fields (Markdown as plain text), its
/// topics, key stages and audience, and its date (the type's first date field, else when it was published).
/// Links, files and joining details are not text anyone searches for and are left out.
/// </summary>
public sealed class ContentSearchDocuments(ContentTypes types, MarkdownRenderer markdown)
{
    public const string Source = "content";

    /// <summary>The entry for an item, or null for a type no public page shows.</summary>
    public SearchDocument? For(ContentItem item)
    {
        var type = types.Find(item.ContentType);
        if (type?.DetailPage is null)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var field in type.Fields)
        {
            foreach (var value in item.FieldValues(field.Name))
            {
                switch (field.Kind)
                {
                    case FieldKind.Text or FieldKind.TextArea:
                        text.Append(value).Append('\n');
                        break;
                    case FieldKind.Markdown:
                        text.Append(markdown.ToText(value)).Append('\n');
                        break;
                }
            }
        }

        return new SearchDocument(Source, item.ContentItemId, item.ContentType, item.Culture, item.Title, text.ToString().Trim())
        {
            Page = type.DetailPage,
            Route = "slug=" + item.Slug,
            Date = Date(item, type),
            MembersOnly = type.MembersOnly(item),
            Topics = item.FieldValues("topics"),
            KeyStages = item.FieldValues("keyStages"),
            Audience = item.FieldValues("audience"),
        };
    }

    // Both stored forms (yyyy-MM-dd and FieldDefinition.UtcFormat) are ISO 8601, which TryParse reads.
    private static DateTime? Date(ContentItem item, ContentTypeDefinition type) =>
        type.Fields.FirstOrDefault(f => f.Kind is FieldKind.Date or FieldKind.DateTime) is { } field
        && DateTime.TryParse(item.Field(field.Name), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : item.PublishedUtc;
}

/// <summary>Every published item, for rebuilding the index.</summary>
public sealed class ContentSearchSource(ContentDbContext db, ContentSearchDocuments documents) : ISearchSource
{
    public string ModuleName => "Content";

    public async IAsyncEnumerable<SearchDocument> DocumentsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var items = db.ContentItems.AsNoTracking().Where(c => c.Published && !c.Deleted).OrderBy(c => c.Id).AsAsyncEnumerable();
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            if (documents.For(item) is { } document)
            {
                yield return document;
            }
        }
    }
}
