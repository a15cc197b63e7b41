using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Psqm.Modules.Users.Services;

/// <summary>Identity's messages in the page's language.</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<LocalizedIdentityErrors> s) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), s["Something went wrong. Please try again."]);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), s["Someone else changed this account at the same time. Please try again."]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), s["The password is not correct."]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), s["This link has expired or has already been used. Ask for a new one."]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), s["Enter an email address in the correct format, like name@example.org"]);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), s["An account with this email address already exists."]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), s["An account with this email address already exists."]);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), s["Your password must be at least {0} characters long.", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), s["Your password must use at least {0} different characters.", uniqueChars]);

    private static IdentityError Error(string code, LocalizedString description) => new() { Code = code, Description = description.Value };
}
