namespace Psqm.Modules.Enquiries.Data;

public enum EnquiryStatus
{
    New = 0,
    Contacted = 1,
    Enrolled = 2,
    Declined = 3,
}

/// <summary>A school's registration of interest in a quality mark.</summary>
public sealed class Enquiry
{
    public int Id { get; set; }

    /// <summary>What the school quotes when it writes to us.</summary>
    public string Reference { get; set; } = "";

    public string SchoolName { get; set; } = "";

    public string SchoolIdentifier { get; set; } = "";

    public string Address { get; set; } = "";

    public int Pupils { get; set; }

    public string ContactName { get; set; } = "";

    public string Role { get; set; } = "";

    public string Email { get; set; } = "";

    public string NormalizedEmail { get; set; } = "";

    public string? Phone { get; set; }

    public string Mark { get; set; } = "";

    public string Round { get; set; } = "";

    public string HeardFrom { get; set; } = "";

    public bool Consent { get; set; }

    /// <summary>The language of the form; emails to the school are written in it.</summary>
    public string Culture { get; set; } = "en";

    /// <summary>The hub that follows it up; null leaves it with HQ.</summary>
    public string? Hub { get; set; }

    public EnquiryStatus Status { get; set; }

    public string? EnrolledRound { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>Changes each save, so two people handling one registration at once cannot overwrite each other.</summary>
    public int Version { get; set; }

    public List<EnquiryNote> Notes { get; set; } = [];
}

public sealed class EnquiryNote
{
    public int Id { get; set; }

    public int EnquiryId { get; set; }

    public string Author { get; set; } = "";

    public string Text { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}

/// <summary>A row of the routing table: registrations from this postcode area (or place, abroad) go to this hub.</summary>
[Psqm.Core.Caching.ShownOnPublicPages]
public sealed class HubArea
{
    public int Id { get; set; }

    public string Area { get; set; } = "";

    public string Hub { get; set; } = "";
}

/// <summary>The region a hub belongs to (a term of the regions taxonomy), for the public list of hubs.</summary>
[Psqm.Core.Caching.ShownOnPublicPages]
public sealed class HubRegion
{
    public string Hub { get; set; } = "";

    public string Region { get; set; } = "";
}

/// <summary>The tenant's fees and rules for registrations; one row.</summary>
public sealed class EnquirySettings
{
    public int Id { get; set; } = 1;

    public int StandardFee { get; set; } = 750;

    public int SmallSchoolFee { get; set; } = 550;

    /// <summary>Schools with fewer pupils than this pay the small-school fee.</summary>
    public int SmallSchoolPupils { get; set; } = 100;

    public string Currency { get; set; } = "£";

    /// <summary>Registrations that never enrolled lose their personal details after this many months.</summary>
    public int RetentionMonths { get; set; } = 24;

    /// <summary>What identifies a school here: "urn" (England), "school-number" (Wales) or "free" (abroad).</summary>
    public string Identifier { get; set; } = "urn";

    /// <summary>The Basic Skills Quality Mark runs on this tenant too.</summary>
    public bool BasicSkills { get; set; }
}
