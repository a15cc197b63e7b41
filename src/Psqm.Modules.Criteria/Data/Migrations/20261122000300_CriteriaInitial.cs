using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Criteria.Data.Migrations;

[DbContext(typeof(CriteriaDbContext))]
[Migration("20261122000300_CriteriaInitial")]
public sealed class CriteriaInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Criteria",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                AimKey = table.Column<string>(maxLength: 32, nullable: false),
                FrameworkKey = table.Column<string>(maxLength: 32, nullable: false),
                GuidanceCy = table.Column<string>(maxLength: 2000, nullable: false),
                GuidanceEn = table.Column<string>(maxLength: 2000, nullable: false),
                LevelKey = table.Column<string>(maxLength: 32, nullable: false),
                Number = table.Column<int>(nullable: false),
                TextCy = table.Column<string>(maxLength: 1000, nullable: false),
                TextEn = table.Column<string>(maxLength: 1000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Criteria", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Frameworks",
            columns: table => new
            {
                Key = table.Column<string>(maxLength: 32, nullable: false),
                Aims = table.Column<string>(nullable: false),
                Levels = table.Column<string>(nullable: false),
                NameCy = table.Column<string>(maxLength: 200, nullable: false),
                NameEn = table.Column<string>(maxLength: 200, nullable: false),
                Order = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Frameworks", x => x.Key);
            });

        migrationBuilder.CreateIndex(
            name: "IX_Criteria_FrameworkKey_LevelKey_Number",
            table: "Criteria",
            columns: new[] { "FrameworkKey", "LevelKey", "Number" },
            unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "Frameworks");
        migrationBuilder.DropTable(name: "Criteria");
    }
}
