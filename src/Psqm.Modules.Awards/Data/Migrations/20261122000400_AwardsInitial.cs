using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Awards.Data.Migrations;

[DbContext(typeof(AwardsDbContext))]
[Migration("20261122000400_AwardsInitial")]
public sealed class AwardsInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AwardHolders",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                AwardedOn = table.Column<DateOnly>(nullable: false),
                ExpiresOn = table.Column<DateOnly>(nullable: false),
                Level = table.Column<string>(maxLength: 32, nullable: false),
                Region = table.Column<string>(maxLength: 64, nullable: false),
                RoundNumber = table.Column<int>(nullable: false),
                SchoolName = table.Column<string>(maxLength: 200, nullable: false),
                Season = table.Column<string>(maxLength: 16, nullable: false),
                StartYear = table.Column<int>(nullable: false),
                Town = table.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AwardHolders", x => x.Id);
            });

        migrationBuilder.CreateIndex(
            name: "IX_AwardHolders_ExpiresOn",
            table: "AwardHolders",
            column: "ExpiresOn");

        migrationBuilder.CreateIndex(
            name: "IX_AwardHolders_SchoolName_RoundNumber",
            table: "AwardHolders",
            columns: new[] { "SchoolName", "RoundNumber" },
            unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "AwardHolders");
    }
}
