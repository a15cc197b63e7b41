using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Programme.Data.Migrations;

/// <summary>The mentoring allowance as a setting of the tenant.</summary>
[DbContext(typeof(ProgrammeDbContext))]
[Migration("20261202000200_ProgrammeSettings")]
public sealed class ProgrammeSettingsTable : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ProgrammeSettings",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false),
                MentoringHours = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ProgrammeSettings", x => x.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "ProgrammeSettings");
}
