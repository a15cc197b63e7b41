using Psqm.Core.Events;
using Psqm.Modules.Programme.Data;
using Psqm.Programme;

namespace Psqm.Modules.Programme.Services;

/// <summary>A registration marked enrolled becomes a school in its round, at the fee it was quoted.</summary>
public sealed class EnrolRegistration(Enrolments enrolments) : IDomainEventListener<RegistrationEnrolled>
{
    public Task HandleAsync(RegistrationEnrolled registration, CancellationToken cancellationToken) =>
        enrolments.EnrolAsync(
            new EnrolmentRequest(
                registration.Round, registration.Mark == "bsqm" ? "bsqm" : "psqm", registration.SchoolName, registration.SchoolIdentifier, registration.Address,
                registration.Pupils, registration.SmallSchool, registration.Hub, registration.ContactName, registration.ContactEmail, registration.Culture,
                registration.Mark switch { Renewals.Full => EnrolmentKind.Reaccreditation, Renewals.OnlineOnly => EnrolmentKind.OnlineReaccreditation, _ => EnrolmentKind.Full }, registration.Fee,
                registration.Mark is "psqm" or "gilt" or "outreach" ? registration.Mark : null, registration.RegistrationId),
            cancellationToken);
}
