using System.Globalization;
using Psqm.Modules.Content.Engine;

namespace Psqm.Modules.Webinars;

/// <summary>A webinar or a training day: an event with a start, a length, a capacity and registration.</summary>
public sealed class WebinarType : IContentTypeProvider
{
    public const string Name = "Webinar";
    public const string TrainingDay = "training-day";

    public static readonly ContentTypeDefinition Definition = new(Name, "Webinar or training day", Manifest.Value.Name)
    {
        DetailPage = "/Webinars/Detail",
        Fields =
        [
            new("summary", "Summary", FieldKind.TextArea) { Required = true, MaxLength = 400, Hint = "One or two sentences shown in lists and search results." },
            new("body", "Description", FieldKind.Markdown) { MaxLength = 20000 },
            new("kind", "Kind of event", FieldKind.Choice) { Required = true, Choices = [new("webinar", "Webinar"), new(TrainingDay, "Training day")] },
            new("presenter", "Presenter", FieldKind.Text) { Required = true, MaxLength = 200 },
            new("start", "Starts", FieldKind.DateTime) { Required = true },
            new("duration", "Length in minutes", FieldKind.Number) { Required = true, Min = 10, Max = 600 },
            new("capacity", "Places", FieldKind.Number) { Required = true, Min = 1, Max = 10000, Hint = "When every place is taken, people can join a waiting list." },
            new("joinLink", "Joining link", FieldKind.Url) { MaxLength = 2000, Hint = "Shown only to people who have registered, and sent in their emails." },
            new("venue", "Venue", FieldKind.TextArea) { MaxLength = 400, Hint = "For a training day: where it is held." },
            new("recording", "Recording", FieldKind.Url) { MaxLength = 2000, Hint = "After the event: a link to the recording." },
            new("slides", "Slides", FieldKind.File) { Hint = "After the event: the slides, from the media library." },
            new("topics", "Topics", FieldKind.Terms) { Taxonomy = Taxonomies.Topics },
            new(ContentTypeDefinition.HubField, "Hub", FieldKind.Term) { Taxonomy = Taxonomies.Hubs, Hint = "The hub that runs it. Leave empty for the whole site." },
        ],
        Rules =
        [
            new("joinLink", "Give the joining link of a webinar", f => f.GetValueOrDefault("kind")?.FirstOrDefault() == TrainingDay || f.ContainsKey("joinLink")),
            new("venue", "Give the venue of a training day", f => f.GetValueOrDefault("kind")?.FirstOrDefault() != TrainingDay || f.ContainsKey("venue")),
        ],
    };

    public IEnumerable<ContentTypeDefinition> ContentTypes() => [Definition];
}

public enum WebinarState
{
    Upcoming,
    LiveNow,
    Ended,
}

/// <summary>The typed view of a webinar item's fields.</summary>
public readonly record struct Webinar(ContentItem Item, DateTime StartUtc, int Minutes, int Capacity)
{
    public DateTime EndUtc => StartUtc.AddMinutes(Minutes);

    /// <summary>The event in every language: registrations belong to it, not to one language's item.</summary>
    public string Key => Item.LocalizationSet;

    public bool IsTrainingDay => Item.Field("kind") == WebinarType.TrainingDay;

    public bool HasRecording => Item.Field("recording").Length > 0 || Item.Field("slides").Length > 0;

    public WebinarState StateAt(DateTime nowUtc) =>
        nowUtc < StartUtc ? WebinarState.Upcoming : nowUtc < EndUtc ? WebinarState.LiveNow : WebinarState.Ended;

    /// <summary>The item as a webinar, or null when its stored fields are not usable (never for items saved through the editor).</summary>
    public static Webinar? From(ContentItem item) =>
        DateTime.TryParseExact(item.Field("start"), FieldDefinition.UtcFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var start)
        && int.TryParse(item.Field("duration"), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
        && int.TryParse(item.Field("capacity"), NumberStyles.None, CultureInfo.InvariantCulture, out var capacity)
            ? new Webinar(item, start, minutes, capacity)
            : null;
}
