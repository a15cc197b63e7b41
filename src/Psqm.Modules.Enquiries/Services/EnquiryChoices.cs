namespace Psqm.Modules.Enquiries.Services;

/// <summary>The fixed answers of the form: stored keys to their English names (the marks are <see cref="MarkChoices"/>).</summary>
public static class EnquiryChoices
{
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Heard =
    [
        new("colleague", "From a colleague or another school"), new("hub-leader", "From a hub leader"), new("event", "At a conference or event"),
        new("social-media", "On social media"), new("search", "Searching the web"), new("other", "Another way"),
    ];

    /// <summary>A status's English name, translated where it is shown.</summary>
    public static string StatusName(Data.EnquiryStatus status) => status switch
    {
        Data.EnquiryStatus.Contacted => "Contacted",
        Data.EnquiryStatus.Enrolled => "Enrolled",
        Data.EnquiryStatus.Declined => "Declined",
        _ => "New",
    };

    public static string Name(IReadOnlyList<KeyValuePair<string, string>> choices, string key) => choices.FirstOrDefault(c => c.Key == key).Value ?? key;
}
