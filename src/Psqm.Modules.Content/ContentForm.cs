using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Psqm.Modules.Content.Engine;

namespace Psqm.Modules.Content;

/// <summary>Reads a content type's fields from a posted form and checks them, adding messages to the model state.</summary>
public sealed class ContentForm(IStringLocalizer<ContentForm> s)
{
    public const string Prefix = "Fields.";

    /// <summary>The posted fields; date-times typed in <paramref name="zone"/> become UTC, or stay as typed when they are not real times there.</summary>
    public static Dictionary<string, string[]> Read(ContentTypeDefinition type, IFormCollection form, TimeZoneInfo zone)
    {
        var values = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var posted = form[Prefix + field.Name].Select(v => (v ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim())
                .Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
            if (posted.Length > 0)
            {
                values[field.Name] = field.Kind switch
                {
                    FieldKind.Terms or FieldKind.Images => posted,
                    FieldKind.DateTime => [ToUtc(posted[0], zone) ?? posted[0]],
                    _ => [posted[0]],
                };
            }
        }

        return values;
    }

    /// <summary>A stored UTC value as the tenant's clock shows it, for a <c>datetime-local</c> input.</summary>
    public static string ToLocal(string value, TimeZoneInfo zone) =>
        DateTime.TryParseExact(value, FieldDefinition.UtcFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)
            ? TimeZoneInfo.ConvertTimeFromUtc(utc, zone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)
            : value;

    private static string? ToUtc(string local, TimeZoneInfo zone)
    {
        if (!DateTime.TryParseExact(local, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            || zone.IsInvalidTime(time))
        {
            return null;
        }

        // In the hour clocks go back, the earlier of the two moments is meant, as a reader of the page would take it.
        var offset = zone.IsAmbiguousTime(time) ? zone.GetAmbiguousTimeOffsets(time).Max() : zone.GetUtcOffset(time);
        return new DateTimeOffset(time, offset).UtcDateTime.ToString(FieldDefinition.UtcFormat, CultureInfo.InvariantCulture);
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
            else if (field.Kind == FieldKind.DateTime && !DateTime.TryParseExact(given[0], FieldDefinition.UtcFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                state.AddModelError(key, s["{0} must be a real date and time", label]);
            }
            else if (field.Kind == FieldKind.Number && !(int.TryParse(given[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= field.Min && number <= field.Max))
            {
                state.AddModelError(key, s["{0} must be a whole number from {1} to {2}", label, field.Min, field.Max]);
            }
            else if (field.Kind == FieldKind.Url && !(Uri.TryCreate(given[0], UriKind.Absolute, out var url) && url.Scheme is "http" or "https"))
            {
                state.AddModelError(key, s["{0} must be a web address starting with https://", label]);
            }
        }
    }
}
