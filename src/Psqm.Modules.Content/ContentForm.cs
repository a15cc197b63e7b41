using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Psqm.Core.Content;

namespace Psqm.Modules.Content;

/// <summary>Reads a content type's fields from a posted form and checks them, adding messages to the model state.</summary>
public sealed class ContentForm(IStringLocalizer<ContentForm> s)
{
    public const string Prefix = "Fields.";

    public static Dictionary<string, string[]> Read(ContentTypeDefinition type, IFormCollection form)
    {
        var values = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var posted = form[Prefix + field.Name].Select(v => (v ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim())
                .Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
            if (posted.Length > 0)
            {
                values[field.Name] = field.Kind is FieldKind.Terms or FieldKind.Images ? posted : [posted[0]];
            }
        }

        return values;
    }

    public void Validate(
        ContentTypeDefinition type, Dictionary<string, string[]> values, IReadOnlyDictionary<string, IReadOnlyList<TaxonomyTerm>> terms,
        IReadOnlyList<MediaItem> media, ModelStateDictionary state)
    {
        foreach (var rule in type.Rules.Where(r => !r.Holds(values)))
        {
            state.AddModelError(Prefix + rule.Field, s[rule.Message]);
        }

        foreach (var field in type.Fields)
        {
            var key = Prefix + field.Name;
            var label = s[field.Label].Value;
            values.TryGetValue(field.Name, out var given);
            if (given is null || given.Length == 0)
            {
                if (field.Required)
                {
                    state.AddModelError(key, s["Enter {0}", label.ToLower(CultureInfo.CurrentCulture)]);
                }

                continue;
            }

            if (given.Any(v => v.Length > field.MaxLength))
            {
                state.AddModelError(key, s["{0} must be {1} characters or fewer", label, field.MaxLength]);
            }
            else if (field.Kind == FieldKind.Date && !DateOnly.TryParseExact(given[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                state.AddModelError(key, s["{0} must be a real date", label]);
            }
            else if (field.Taxonomy is not null && given.Any(v => !(terms.GetValueOrDefault(field.Taxonomy) ?? []).Any(t => t.Key == v)))
            {
                state.AddModelError(key, s["Choose {0} from the list", label.ToLower(CultureInfo.CurrentCulture)]);
            }
            else if (field.Kind == FieldKind.Images && given.Any(v => !media.Any(m => m.IsImage && m.FileName == v)))
            {
                state.AddModelError(key, s["Choose images from the media library"]);
            }
            else if (field.Kind == FieldKind.File && !media.Any(m => !m.IsImage && m.FileName == given[0]))
            {
                state.AddModelError(key, s["Choose a file from the media library"]);
            }
            else if (field.Kind == FieldKind.Choice && field.Choices.All(c => c.Key != given[0]))
            {
                state.AddModelError(key, s["Choose {0} from the list", label.ToLower(CultureInfo.CurrentCulture)]);
            }
            else if (field.Kind == FieldKind.Url && !(Uri.TryCreate(given[0], UriKind.Absolute, out var url) && url.Scheme is "http" or "https"))
            {
                state.AddModelError(key, s["{0} must be a web address starting with https://", label]);
            }
        }
    }
}
