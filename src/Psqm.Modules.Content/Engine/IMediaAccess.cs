namespace Psqm.Modules.Content.Engine;

/// <summary>Lets a module keep some media files for signed-in members; media is public unless one says otherwise.</summary>
public interface IMediaAccess
{
    Task<bool> IsRestrictedAsync(string fileName, CancellationToken cancellationToken);
}
