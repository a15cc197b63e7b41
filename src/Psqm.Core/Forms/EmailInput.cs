using System.ComponentModel.DataAnnotations;

namespace Psqm.Core.Forms;

/// <summary>The email field every account form starts with, validated the same way everywhere.</summary>
public class EmailInput
{
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.org")]
    [StringLength(256, ErrorMessage = "The email address must be 256 characters or fewer")]
    public string Email { get; set; } = "";

    private static readonly EmailAddressAttribute Format = new();

    /// <summary>The same check for an address that arrives outside a form (an imported file, a recipe).</summary>
    public static bool IsValid(string email) => email.Length <= 256 && Format.IsValid(email);
}
