using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Programme.Data.Migrations;

/// <summary>Reviews of signed-off submissions by hub leaders of other hubs, their findings, declared conflicts of interest, and how long an award lasts.</summary>
[DbContext(typeof(ProgrammeDbContext))]
[Migration("20261203000200_Reviews")]
public sealed class Reviews : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "AwardYears", table: "ProgrammeSettings", nullable: false, defaultValue: 3);
        migrationBuilder.CreateTable(
            name: "Reviews",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                EnrolmentId = table.Column<int>(nullable: false),
                Reviewer = table.Column<string>(maxLength: 256, nullable: false),
                ReviewerName = table.Column<string>(maxLength: 200, nullable: false),
                ReviewerHub = table.Column<string>(maxLength: 64, nullable: false),
                AssignedUtc = table.Column<DateTime>(nullable: false),
                AssignedBy = table.Column<string>(maxLength: 256, nullable: false),
                RecommendedLevel = table.Column<string>(maxLength: 32, nullable: true),
                Summary = table.Column<string>(maxLength: 5000, nullable: false),
                CompletedUtc = table.Column<DateTime>(nullable: true),
                WithdrawnUtc = table.Column<DateTime>(nullable: true),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Reviews", x => x.Id);
                table.ForeignKey("FK_Reviews_Enrolments_EnrolmentId", x => x.EnrolmentId, "Enrolments", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_Reviews_EnrolmentId", table: "Reviews", column: "EnrolmentId");
        migrationBuilder.CreateIndex(name: "IX_Reviews_Reviewer", table: "Reviews", column: "Reviewer");

        migrationBuilder.CreateTable(
            name: "ReviewFindings",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                ReviewId = table.Column<int>(nullable: false),
                CriterionId = table.Column<int>(nullable: false),
                Met = table.Column<bool>(nullable: false),
                Comment = table.Column<string>(maxLength: 2000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReviewFindings", x => x.Id);
                table.ForeignKey("FK_ReviewFindings_Reviews_ReviewId", x => x.ReviewId, "Reviews", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_ReviewFindings_ReviewId_CriterionId", table: "ReviewFindings", columns: ["ReviewId", "CriterionId"], unique: true);

        migrationBuilder.CreateTable(
            name: "ReviewConflicts",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                SchoolId = table.Column<int>(nullable: false),
                Reviewer = table.Column<string>(maxLength: 256, nullable: false),
                Reason = table.Column<string>(maxLength: 1000, nullable: false),
                DeclaredUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReviewConflicts", x => x.Id);
                table.ForeignKey("FK_ReviewConflicts_Schools_SchoolId", x => x.SchoolId, "Schools", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_ReviewConflicts_SchoolId_Reviewer", table: "ReviewConflicts", columns: ["SchoolId", "Reviewer"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ReviewConflicts");
        migrationBuilder.DropTable(name: "ReviewFindings");
        migrationBuilder.DropTable(name: "Reviews");
        migrationBuilder.DropColumn(name: "AwardYears", table: "ProgrammeSettings");
    }
}
