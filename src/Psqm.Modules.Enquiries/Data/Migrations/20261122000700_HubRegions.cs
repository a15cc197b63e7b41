using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Enquiries.Data.Migrations;

/// <summary>Hubs belong to regions, so the public list of hubs is grouped by region.</summary>
[DbContext(typeof(EnquiriesDbContext))]
[Migration("20261122000700_HubRegions")]
public sealed class HubRegions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "HubRegions",
            columns: table => new
            {
                Hub = table.Column<string>(maxLength: 64, nullable: false),
                Region = table.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_HubRegions", x => x.Hub));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "HubRegions");
}
