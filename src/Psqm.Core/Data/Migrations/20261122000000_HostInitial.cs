using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Data.Migrations;

[DbContext(typeof(HostDbContext))]
[Migration("20261122000000_HostInitial")]
public sealed class HostInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Tenants",
            columns: table => new
            {
                Name = table.Column<string>(maxLength: 64, nullable: false),
                State = table.Column<string>(maxLength: 16, nullable: false),
                UrlPrefix = table.Column<string>(maxLength: 64, nullable: false),
                Host = table.Column<string>(maxLength: 255, nullable: false),
                DatabaseProvider = table.Column<string>(maxLength: 32, nullable: false),
                ConnectionString = table.Column<string>(nullable: false),
                Recipe = table.Column<string>(maxLength: 128, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
                Site = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Tenants", x => x.Name));

        migrationBuilder.CreateIndex(
            name: "IX_Tenants_Host_UrlPrefix",
            table: "Tenants",
            columns: ["Host", "UrlPrefix"],
            unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "Tenants");
}
