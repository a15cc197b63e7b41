using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Psqm.Core.Caching;

namespace Psqm.Core.Data.Migrations;

/// <summary>Each cache area's last change, so every process (web nodes, the command line) sees changes the others make.</summary>
[DbContext(typeof(CacheStampsDbContext))]
[Migration("20261201000300_CacheStamps")]
public sealed class CacheStamps : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "CacheStamps",
            columns: table => new
            {
                Area = table.Column<string>(maxLength: 64, nullable: false),
                Stamp = table.Column<string>(maxLength: 32, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CacheStamps", x => x.Area));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "CacheStamps");
}
