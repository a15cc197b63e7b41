using Microsoft.EntityFrameworkCore;
using Psqm.Core.Events;
using Psqm.Modules.Programme.Data;
using Psqm.Programme;

namespace Psqm.Modules.Programme.Services;

/// <summary>Everything needed to start a school's year, from a registration of interest or typed in by HQ.</summary>
public sealed record EnrolmentRequest(
    RoundKey Round, string Framework, string SchoolName, string SchoolIdentifier, string Address, int Pupils, bool SmallSchool, string? Hub,
    string ContactName, string ContactEmail, string Culture, EnrolmentKind Kind, decimal Fee, string? ProposedLevel, int? RegistrationId)
{
    public string Town { get; init; } = "";

    public string Postcode { get; init; } = "";
}

/// <summary>
/// Starts a school's year: the school found by its identifier (or made), the round by its season and year (or made
/// from the season's pattern), the contact added, and the enrolment with its hub, fee and kind; then the contact is
/// announced so the users module can invite them. Asked twice, it changes nothing the second time.
/// </summary>
public sealed class Enrolments(ProgrammeDbContext db, DomainEvents events, TimeProvider clock)
{
    /// <summary>The enrolment, and whether it already existed.</summary>
    public async Task<(Enrolment Enrolment, bool Existed)> EnrolAsync(EnrolmentRequest request, CancellationToken cancellationToken)
    {
        var round = await db.Rounds.FirstOrDefaultAsync(r => r.FrameworkKey == request.Framework && r.Season == request.Round.Season && r.StartYear == request.Round.StartYear, cancellationToken);
        if (round is null)
        {
            round = Round.From(request.Round, request.Framework);
            db.Rounds.Add(round);
        }

        var identifier = request.SchoolIdentifier.Trim();
        var school = identifier.Length == 0 ? null
            : await db.Schools.Include(s => s.Contacts).FirstOrDefaultAsync(s => s.Identifier == identifier, cancellationToken);
        if (school is null)
        {
            school = new School
            {
                Name = request.SchoolName.Trim(), Identifier = identifier, Address = request.Address.Trim(), Town = request.Town.Trim(), Postcode = request.Postcode.Trim(),
                Pupils = request.Pupils, SmallSchool = request.SmallSchool,
            };
            db.Schools.Add(school);
        }

        school.Hub = request.Hub ?? school.Hub;
        var email = request.ContactEmail.Trim();
        school.AddContact(request.ContactName, email);

        var enrolment = school.Id == 0 || round.Id == 0 ? null
            : await db.Enrolments.Include(e => e.Round).Include(e => e.School).FirstOrDefaultAsync(e => e.SchoolId == school.Id && e.RoundId == round.Id, cancellationToken);
        var existed = enrolment is not null;
        enrolment ??= db.Enrolments.Add(new Enrolment
        {
            School = school, Round = round, Hub = school.Hub, EnquiryId = request.RegistrationId, CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Kind = request.Kind, Fee = request.Fee, Invoice = InvoiceStatus.ToInvoice, ProposedLevel = request.ProposedLevel,
        }).Entity;

        await db.SaveChangesAsync(cancellationToken);
        if (email.Length > 0)
        {
            await events.RaiseAsync(new SubjectLeaderAdded(email, request.ContactName.Trim(), request.Culture, school.Hub.Length > 0 ? school.Hub : null), cancellationToken);
        }

        return (enrolment, existed);
    }
}
