using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Psqm.Modules.Content.Engine;

namespace Psqm.Bench.Search;

/// <summary>Published items written straight into a tenant's database: resources, webinars and case studies in English and Welsh.</summary>
internal static class Items
{
    private static readonly string[] Topics = ["working-scientifically", "assessment", "leadership", "oracy", "outdoor-learning", "science-capital", "families", "careers", "cpd", "early-years", "inclusion", "sustainability", "pupil-voice"];
    private static readonly string[] KeyStages = ["eyfs", "ks1", "ks2"];

    public static async Task AddAsync(string database, Corpus corpus, int from, int to)
    {
        var options = new DbContextOptionsBuilder<ContentDbContext>().UseSqlite($"Data Source={database}").Options;
        var random = new Random(from + 1);
        for (var start = from; start < to; start += 5_000)
        {
            await using var db = new ContentDbContext(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(to, start + 5_000); i++)
            {
                db.ContentItems.Add(Item(random, corpus, i));
            }

            await db.SaveChangesAsync();
        }
    }

    private static ContentItem Item(Random random, Corpus corpus, int i)
    {
        var culture = random.NextDouble() < 0.6 ? "en" : "cy";
        var kind = random.NextDouble();
        var type = kind < 0.5 ? "Resource" : kind < 0.7 ? "Webinar" : "CaseStudy";
        var date = new DateTime(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(random.Next(0, 6 * 365));
        var fields = new Dictionary<string, string[]>
        {
            ["summary"] = [corpus.Sentence(random, culture, random.Next(15, 35)).Trim()],
            ["body"] = [corpus.Paragraphs(random, culture, random.Next(60, 180))],
            ["topics"] = Pick(random, Topics, random.Next(1, 4)),
            ["keyStages"] = Pick(random, KeyStages, random.Next(1, 3)),
        };
        switch (type)
        {
            case "Resource":
                fields["format"] = ["document"];
                fields["access"] = [random.NextDouble() < 0.1 ? "members" : "public"];
                fields["link"] = ["https://example.org/" + i];
                fields["date"] = [date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)];
                break;
            case "Webinar":
                fields["kind"] = ["webinar"];
                fields["presenter"] = [corpus.Sentence(random, culture, 2).Trim()];
                fields["start"] = [date.ToString(FieldDefinition.UtcFormat, CultureInfo.InvariantCulture)];
                fields["duration"] = ["60"];
                fields["capacity"] = ["100"];
                break;
            default:
                fields["date"] = [date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)];
                fields["setting"] = ["urban"];
                fields["region"] = ["wales"];
                fields["level"] = ["psqm"];
                break;
        }

        var id = "bench" + i.ToString("D21", CultureInfo.InvariantCulture);
        return new ContentItem
        {
            ContentItemId = id,
            ContentType = type,
            Culture = culture,
            LocalizationSet = id,
            Version = 1,
            Latest = true,
            Published = true,
            Title = corpus.Sentence(random, culture, random.Next(3, 9)).Trim().TrimEnd('.'),
            Slug = "bench-" + i.ToString(CultureInfo.InvariantCulture),
            Fields = fields,
            Owner = "bench",
            Author = "bench",
            CreatedUtc = date,
            ModifiedUtc = date,
            PublishedUtc = date,
        };
    }

    private static string[] Pick(Random random, string[] values, int count) =>
        values.OrderBy(_ => random.Next()).Take(count).ToArray();
}
