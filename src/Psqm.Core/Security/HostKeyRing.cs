using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Psqm.Core.Security;

/// <summary>The data-protection key ring where every node finds it: the host database, or Redis when configured.</summary>
public static class HostKeyRing
{
    /// <summary>
    /// Copies the keys a version before 2026-12-03 kept as files under AppData into the empty ring, once, wherever the
    /// ring now is, so the cookies and half-filled forms of people signed in across the upgrade stay valid.
    /// </summary>
    public static async Task ImportFilesAsync(IXmlRepository ring, string folder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder) || ring.GetAllElements().Count > 0)
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "key-*.xml"))
        {
            ring.StoreElement(XElement.Parse(await File.ReadAllTextAsync(file, cancellationToken)), Path.GetFileNameWithoutExtension(file));
        }
    }
}
