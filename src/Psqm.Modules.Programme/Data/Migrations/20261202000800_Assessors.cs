using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Programme.Data.Migrations;

/// <summary>
/// An assessor assigned to a school's year (the Basic Skills Quality Mark's mentor), and rounds numbered per quality
/// mark, so a tenant that runs both marks has a Round 31 of each.
/// </summary>
[DbContext(typeof(ProgrammeDbContext))]
[Migration("20261202000800_Assessors")]
public sealed class Assessors : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Assessor", table: "Enrolments", maxLength: 256, nullable: true);
        migrationBuilder.CreateIndex(name: "IX_Enrolments_Assessor", table: "Enrolments", column: "Assessor");
        migrationBuilder.DropIndex(name: "IX_Rounds_Number", table: "Rounds");
        migrationBuilder.CreateIndex(name: "IX_Rounds_FrameworkKey_Number", table: "Rounds", columns: ["FrameworkKey", "Number"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Rounds_FrameworkKey_Number", table: "Rounds");
        migrationBuilder.CreateIndex(name: "IX_Rounds_Number", table: "Rounds", column: "Number", unique: true);
        migrationBuilder.DropIndex(name: "IX_Enrolments_Assessor", table: "Enrolments");
        migrationBuilder.DropColumn(name: "Assessor", table: "Enrolments");
    }
}
