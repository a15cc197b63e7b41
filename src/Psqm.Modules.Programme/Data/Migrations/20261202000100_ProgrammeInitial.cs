using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Programme.Data.Migrations;

[DbContext(typeof(ProgrammeDbContext))]
[Migration("20261202000100_ProgrammeInitial")]
public sealed class ProgrammeInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Rounds",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                Number = table.Column<int>(nullable: false),
                Season = table.Column<string>(maxLength: 16, nullable: false),
                StartYear = table.Column<int>(nullable: false),
                FrameworkKey = table.Column<string>(maxLength: 32, nullable: false),
                Milestones = table.Column<string>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Rounds", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Rounds_Number", table: "Rounds", column: "Number", unique: true);

        migrationBuilder.CreateTable(
            name: "Schools",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Identifier = table.Column<string>(maxLength: 32, nullable: false),
                Address = table.Column<string>(maxLength: 500, nullable: false),
                Town = table.Column<string>(maxLength: 100, nullable: false),
                Postcode = table.Column<string>(maxLength: 16, nullable: false),
                Phase = table.Column<string>(maxLength: 32, nullable: false),
                Pupils = table.Column<int>(nullable: true),
                FreeSchoolMealsPercent = table.Column<decimal>(precision: 5, scale: 2, nullable: true),
                SmallSchool = table.Column<bool>(nullable: false),
                Hub = table.Column<string>(maxLength: 64, nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Schools", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Schools_Identifier", table: "Schools", column: "Identifier");
        migrationBuilder.CreateIndex(name: "IX_Schools_Hub", table: "Schools", column: "Hub");

        migrationBuilder.CreateTable(
            name: "SchoolContacts",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                SchoolId = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Email = table.Column<string>(maxLength: 256, nullable: false),
                NormalizedEmail = table.Column<string>(maxLength: 256, nullable: false),
                Role = table.Column<string>(maxLength: 32, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SchoolContacts", x => x.Id);
                table.ForeignKey("FK_SchoolContacts_Schools_SchoolId", x => x.SchoolId, "Schools", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_SchoolContacts_NormalizedEmail", table: "SchoolContacts", column: "NormalizedEmail");
        migrationBuilder.CreateIndex(name: "IX_SchoolContacts_SchoolId", table: "SchoolContacts", column: "SchoolId");

        migrationBuilder.CreateTable(
            name: "Enrolments",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                SchoolId = table.Column<int>(nullable: false),
                RoundId = table.Column<int>(nullable: false),
                Hub = table.Column<string>(maxLength: 64, nullable: false),
                Kind = table.Column<string>(maxLength: 32, nullable: false),
                Fee = table.Column<decimal>(precision: 10, scale: 2, nullable: false),
                Invoice = table.Column<string>(maxLength: 16, nullable: false),
                ProposedLevel = table.Column<string>(maxLength: 32, nullable: true),
                ConfirmedLevel = table.Column<string>(maxLength: 32, nullable: true),
                LevelReason = table.Column<string>(maxLength: 2000, nullable: true),
                LevelConfirmedUtc = table.Column<DateTime>(nullable: true),
                LevelConfirmedBy = table.Column<string>(maxLength: 256, nullable: true),
                EnquiryId = table.Column<int>(nullable: true),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Enrolments", x => x.Id);
                table.ForeignKey("FK_Enrolments_Schools_SchoolId", x => x.SchoolId, "Schools", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Enrolments_Rounds_RoundId", x => x.RoundId, "Rounds", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_Enrolments_SchoolId_RoundId", table: "Enrolments", columns: ["SchoolId", "RoundId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_Enrolments_RoundId_Hub", table: "Enrolments", columns: ["RoundId", "Hub"]);

        migrationBuilder.CreateTable(
            name: "AuditRatings",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                EnrolmentId = table.Column<int>(nullable: false),
                CriterionId = table.Column<int>(nullable: false),
                Rating = table.Column<int>(nullable: false),
                Note = table.Column<string>(maxLength: 2000, nullable: false),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AuditRatings", x => x.Id);
                table.ForeignKey("FK_AuditRatings_Enrolments_EnrolmentId", x => x.EnrolmentId, "Enrolments", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_AuditRatings_EnrolmentId_CriterionId", table: "AuditRatings", columns: ["EnrolmentId", "CriterionId"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "AuditRatings");
        migrationBuilder.DropTable(name: "Enrolments");
        migrationBuilder.DropTable(name: "SchoolContacts");
        migrationBuilder.DropTable(name: "Schools");
        migrationBuilder.DropTable(name: "Rounds");
    }
}
