namespace Psqm.Modules.Programme.Data;

/// <summary>A school taking part, or that has taken part, in the programme.</summary>
public sealed class School
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>URN in England, the Welsh school number in Wales, or whatever identifies the school abroad.</summary>
    public string Identifier { get; set; } = "";

    public string Address { get; set; } = "";

    public string Town { get; set; } = "";

    public string Postcode { get; set; } = "";

    /// <summary>primary, infant, junior, all-through or special.</summary>
    public string Phase { get; set; } = "primary";

    public int? Pupils { get; set; }

    /// <summary>Share of pupils eligible for free school meals, in per cent.</summary>
    public decimal? FreeSchoolMealsPercent { get; set; }

    public bool SmallSchool { get; set; }

    /// <summary>The hub (taxonomy key) that mentors the school.</summary>
    public string Hub { get; set; } = "";

    public List<SchoolContact> Contacts { get; set; } = [];

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Adds a contact unless the school has one with that address already; true when added.</summary>
    public bool AddContact(string name, string email, string role = "subject-leader")
    {
        var normalized = email.Trim().ToUpperInvariant();
        if (normalized.Length == 0 || Contacts.Any(c => c.NormalizedEmail == normalized))
        {
            return false;
        }

        Contacts.Add(new SchoolContact { Name = name.Trim(), Email = email.Trim(), NormalizedEmail = normalized, Role = role });
        return true;
    }
}

/// <summary>Someone at a school; a contact whose address is a user's works on the school's year.</summary>
public sealed class SchoolContact
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public string Name { get; set; } = "";

    public string Email { get; set; } = "";

    /// <summary>Upper-case address, matched against the signed-in user's.</summary>
    public string NormalizedEmail { get; set; } = "";

    /// <summary>subject-leader, headteacher or other.</summary>
    public string Role { get; set; } = "subject-leader";
}
