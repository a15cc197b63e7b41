using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Security;

/// <summary>The data-protection key ring in the host database, where every node finds it.</summary>
public static class HostKeyRing
{
    /// <summary>
    /// Copies the keys a version before 2026-12-03 kept as files under AppData into the empty ring, once, so the
    /// cookies and half-filled forms of people signed in across the upgrade stay valid.
    /// </summary>
    public static async Task ImportFilesAsync(HostDbContext host, string folder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder) || await host.DataProtectionKeys.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "key-*.xml"))
        {
            host.DataProtectionKeys.Add(new DataProtectionKey
            {
                FriendlyName = Path.GetFileNameWithoutExtension(file),
                Xml = await File.ReadAllTextAsync(file, cancellationToken),
            });
        }

        await host.SaveChangesAsync(cancellationToken);
    }
}
