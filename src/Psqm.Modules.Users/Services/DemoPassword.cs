using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Psqm.Core;

namespace Psqm.Modules.Users.Services;

/// <summary>The demo accounts' password: <c>Psqm:Demo:Password</c>, or one generated once and shown once on the console.</summary>
public sealed class DemoPassword(IOptions<PsqmOptions> options)
{
    private readonly Lazy<string> _value = new(() => Resolve(options.Value.Demo.Password));

    public string Value => _value.Value;

    private static string Resolve(string? configured)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var generated = "Psqm-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y') + "-7";
        Console.WriteLine($"Demo accounts were created with the password: {generated}");
        Console.WriteLine("Set Psqm:Demo:Password to choose your own. This is shown once.");
        return generated;
    }
}
