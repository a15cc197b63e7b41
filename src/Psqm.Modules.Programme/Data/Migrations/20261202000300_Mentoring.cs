using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Programme.Data.Migrations;

/// <summary>The hub leader's mentoring log, per school year.</summary>
[DbContext(typeof(ProgrammeDbContext))]
[Migration("20261202000300_Mentoring")]
public sealed class Mentoring : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "MentoringSessions",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                EnrolmentId = table.Column<int>(nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                Minutes = table.Column<int>(nullable: false),
                Mode = table.Column<string>(maxLength: 16, nullable: false),
                Notes = table.Column<string>(maxLength: 2000, nullable: false),
                LoggedBy = table.Column<string>(maxLength: 256, nullable: false),
                LoggedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MentoringSessions", x => x.Id);
                table.ForeignKey("FK_MentoringSessions_Enrolments_EnrolmentId", x => x.EnrolmentId, "Enrolments", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_MentoringSessions_EnrolmentId", table: "MentoringSessions", column: "EnrolmentId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "MentoringSessions");
}
