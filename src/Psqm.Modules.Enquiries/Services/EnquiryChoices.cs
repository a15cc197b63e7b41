namespace Psqm.Modules.Enquiries.Services;

/// <summary>The fixed answers of the form: stored keys to their English names.</summary>
public static class EnquiryChoices
{
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Marks =
    [
        new("psqm", "PSQM"), new("gilt", "PSQM Gilt"), new("outreach", "PSQM Outreach"),
        new("reaccreditation", "Renewing an award (reaccreditation)"), new("bsqm", "Basic Skills Quality Mark"),
    ];

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

    public static IEnumerable<KeyValuePair<string, string>> MarksFor(bool basicSkills) => Marks.Where(m => basicSkills || m.Key != "bsqm");

    public static string Name(IReadOnlyList<KeyValuePair<string, string>> choices, string key) => choices.FirstOrDefault(c => c.Key == key).Value ?? key;
}
