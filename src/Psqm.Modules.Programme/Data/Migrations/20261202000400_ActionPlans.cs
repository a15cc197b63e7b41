using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Programme.Data.Migrations;

/// <summary>Action plans, one row per saved version, and the hub leader's comments on their actions.</summary>
[DbContext(typeof(ProgrammeDbContext))]
[Migration("20261202000400_ActionPlans")]
public sealed class ActionPlans : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ActionPlanVersions",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                EnrolmentId = table.Column<int>(nullable: false),
                Number = table.Column<int>(nullable: false),
                Actions = table.Column<string>(nullable: false),
                SavedUtc = table.Column<DateTime>(nullable: false),
                SavedBy = table.Column<string>(maxLength: 256, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ActionPlanVersions", x => x.Id);
                table.ForeignKey("FK_ActionPlanVersions_Enrolments_EnrolmentId", x => x.EnrolmentId, "Enrolments", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_ActionPlanVersions_EnrolmentId_Number", table: "ActionPlanVersions", columns: ["EnrolmentId", "Number"], unique: true);

        migrationBuilder.CreateTable(
            name: "ActionComments",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                EnrolmentId = table.Column<int>(nullable: false),
                ActionKey = table.Column<Guid>(nullable: false),
                Text = table.Column<string>(maxLength: 2000, nullable: false),
                Author = table.Column<string>(maxLength: 256, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ActionComments", x => x.Id);
                table.ForeignKey("FK_ActionComments_Enrolments_EnrolmentId", x => x.EnrolmentId, "Enrolments", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_ActionComments_EnrolmentId", table: "ActionComments", column: "EnrolmentId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ActionComments");
        migrationBuilder.DropTable(name: "ActionPlanVersions");
    }
}
