using System.Net;
using System.Net.Sockets;

namespace Psqm.Testing;

public static class Ports
{
    /// <summary>A loopback port nothing listens on now, for a process or listener a test starts.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
