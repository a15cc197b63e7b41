using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Recipes;

namespace Psqm.Modules.Content.Recipes;

/// <summary>
/// The <c>content</c> step: items from a file beside the recipes, each in one or more languages sharing a
/// localization set. An item whose slug already exists in that language is left as it is.
/// </summary>
public sealed class ContentStep(RecipeStore recipes) : IRecipeStepHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public string StepName => "content";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = context.Read<Model>();
        await using var stream = File.OpenRead(recipes.DataFile(step.File));
        var items = await JsonSerializer.DeserializeAsync<List<ItemSpec>>(stream, Json, cancellationToken) ?? [];
        var content = context.Services.GetRequiredService<ContentManager>();
        foreach (var item in items)
        {
            string? set = null;
            foreach (var culture in context.Tenant.Cultures.Select(c => c.TwoLetterISOLanguageName))
            {
                if (!item.Versions.TryGetValue(culture, out var version))
                {
                    continue;
                }

                var fields = new Dictionary<string, string[]>(item.Shared, StringComparer.Ordinal);
                foreach (var (name, value) in version.Fields)
                {
                    fields[name] = value;
                }

                foreach (var name in fields.Keys.ToList())
                {
                    fields[name] = fields[name].Select(v => RelativeTime(v, context.Tenant.TimeZone)).ToArray();
                }

                foreach (var (name, map) in step.Map)
                {
                    if (fields.TryGetValue(name, out var values))
                    {
                        fields[name] = values.Select(v => map.GetValueOrDefault(v, v)).ToArray();
                    }
                }

                if (!Slugs.IsValid(version.Slug))
                {
                    throw new InvalidOperationException($"Content file {step.File} has an item with the slug '{version.Slug}', which is not a valid web address.");
                }

                if (await content.SlugTakenAsync(culture, version.Slug, null, cancellationToken))
                {
                    continue;
                }

                var saved = await content.SaveDraftAsync(
                    new ContentDraft(item.Type, culture, version.Title, version.Slug, fields) { LocalizationSet = set },
                    "recipe",
                    cancellationToken);
                set ??= saved.Item?.LocalizationSet;
                if (saved.Item is not null && item.Publish)
                {
                    await content.PublishAsync(saved.Item.ContentItemId, cancellationToken: cancellationToken);
                }
            }
        }
    }

    /// <summary>
    /// "now+14d@16:00" is 16:00 on the tenant's clock 14 days after the recipe runs, stored in UTC, so demo
    /// events are always in the future (or, with "now-30d", recently past) whenever a site is set up.
    /// </summary>
    public static string RelativeTime(string value, TimeZoneInfo zone)
    {
        var match = System.Text.RegularExpressions.Regex.Match(value, @"^now([+-]\d{1,4})d@(\d{2}):(\d{2})$");
        if (!match.Success)
        {
            return value;
        }

        var today = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, zone).Date;
        var local = today.AddDays(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .AddHours(int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
            .AddMinutes(int.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture));
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone).ToString(FieldDefinition.UtcFormat, System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed class Model
    {
        public string File { get; set; } = "";

        /// <summary>Per field, values of the file replaced by this tenant's own (its regions, say).</summary>
        public Dictionary<string, Dictionary<string, string>> Map { get; set; } = [];
    }

    private sealed class ItemSpec
    {
        public string Type { get; set; } = "";

        public bool Publish { get; set; } = true;

        /// <summary>Fields that are the same in every language (taxonomy keys, dates).</summary>
        public Dictionary<string, string[]> Shared { get; set; } = [];

        public Dictionary<string, VersionSpec> Versions { get; set; } = [];
    }

    private sealed class VersionSpec
    {
        public string Title { get; set; } = "";

        public string Slug { get; set; } = "";

        public Dictionary<string, string[]> Fields { get; set; } = [];
    }
}
