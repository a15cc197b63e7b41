using Microsoft.EntityFrameworkCore;
using Psqm.Core.Events;
using Psqm.Modules.Programme.Data;
using Psqm.Programme;

namespace Psqm.Modules.Programme.Services;

/// <summary>
/// A registration marked enrolled becomes a school in its round: the school found by its identifier (or made), the
/// round found by its season and year (or made from the season's pattern), the contact added, and the enrolment with
/// its hub, the fee it was quoted and its kind. Told twice, it changes nothing the second time.
/// </summary>
public sealed class EnrolRegistration(ProgrammeDbContext db, DomainEvents events, TimeProvider clock) : IDomainEventListener<RegistrationEnrolled>
{
    public async Task HandleAsync(RegistrationEnrolled registration, CancellationToken cancellationToken)
    {
        var round = await db.Rounds.FirstOrDefaultAsync(r => r.Season == registration.Round.Season && r.StartYear == registration.Round.StartYear, cancellationToken);
        if (round is null)
        {
            round = Round.From(registration.Round, registration.Mark == "bsqm" ? "bsqm" : "psqm");
            db.Rounds.Add(round);
        }

        var identifier = registration.SchoolIdentifier.Trim();
        var school = identifier.Length == 0 ? null
            : await db.Schools.Include(s => s.Contacts).FirstOrDefaultAsync(s => s.Identifier == identifier, cancellationToken);
        if (school is null)
        {
            school = new School { Name = registration.SchoolName.Trim(), Identifier = identifier, Address = registration.Address, Pupils = registration.Pupils, SmallSchool = registration.SmallSchool };
            db.Schools.Add(school);
        }

        school.Hub = registration.Hub ?? school.Hub;
        var email = registration.ContactEmail.Trim();
        var normalized = email.ToUpperInvariant();
        if (email.Length > 0 && school.Contacts.All(c => c.NormalizedEmail != normalized))
        {
            school.Contacts.Add(new SchoolContact { Name = registration.ContactName, Email = email, NormalizedEmail = normalized, Role = "subject-leader" });
        }

        var enrolled = school.Id != 0 && round.Id != 0 && await db.Enrolments.AnyAsync(e => e.SchoolId == school.Id && e.RoundId == round.Id, cancellationToken);
        if (!enrolled)
        {
            db.Enrolments.Add(new Enrolment
            {
                School = school, Round = round, Hub = school.Hub, EnquiryId = registration.RegistrationId, CreatedUtc = clock.GetUtcNow().UtcDateTime,
                Kind = registration.Mark == "reaccreditation" ? EnrolmentKind.Reaccreditation : EnrolmentKind.Full,
                Fee = registration.Fee, Invoice = InvoiceStatus.ToInvoice,
                ProposedLevel = registration.Mark is "psqm" or "gilt" or "outreach" ? registration.Mark : null,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        if (email.Length > 0)
        {
            await events.RaiseAsync(new SubjectLeaderAdded(email, registration.ContactName, registration.Culture, school.Hub.Length > 0 ? school.Hub : null), cancellationToken);
        }
    }
}
