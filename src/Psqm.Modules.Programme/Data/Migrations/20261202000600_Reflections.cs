using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Programme.Data.Migrations;

/// <summary>Reflections, one per criterion of a school year.</summary>
[DbContext(typeof(ProgrammeDbContext))]
[Migration("20261202000600_Reflections")]
public sealed class Reflections : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Reflections",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                EnrolmentId = table.Column<int>(nullable: false),
                CriterionId = table.Column<int>(nullable: false),
                Text = table.Column<string>(maxLength: 20000, nullable: false),
                EvidenceIds = table.Column<string>(nullable: false),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Reflections", x => x.Id);
                table.ForeignKey("FK_Reflections_Enrolments_EnrolmentId", x => x.EnrolmentId, "Enrolments", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_Reflections_EnrolmentId_CriterionId", table: "Reflections", columns: ["EnrolmentId", "CriterionId"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "Reflections");
}
