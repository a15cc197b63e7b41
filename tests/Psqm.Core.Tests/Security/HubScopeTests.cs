using Psqm.Core.Security;

namespace Psqm.Core.Tests.Security;

public sealed class HubScopeTests
{
    private sealed record Row(int Id, string? Hub);

    private static readonly IQueryable<Row> Rows = new[] { new Row(1, "north"), new Row(2, "south"), new Row(3, null) }.AsQueryable();

    [Fact]
    public void Everything_KeepsEveryRow() => Assert.Equal([1, 2, 3], HubScope.Everything.Filter(Rows, r => r.Hub).Select(r => r.Id));

    [Fact]
    public void OneHub_KeepsOnlyItsRows() => Assert.Equal([1], HubScope.Only("north").Filter(Rows, r => r.Hub).Select(r => r.Id));

    [Fact]
    public void AUserWithoutAHub_SeesNothing_NeverEverything()
    {
        var scope = HubScope.Only(null);

        Assert.Empty(scope.Filter(Rows, r => r.Hub));
        Assert.False(scope.Covers(null));
        Assert.False(scope.Covers(""));
        Assert.False(scope.IsEverything);
    }
}
