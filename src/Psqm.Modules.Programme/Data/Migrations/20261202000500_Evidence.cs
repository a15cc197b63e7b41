using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Programme.Data.Migrations;

/// <summary>The school's evidence library: files and links tagged to criteria.</summary>
[DbContext(typeof(ProgrammeDbContext))]
[Migration("20261202000500_Evidence")]
public sealed class Evidence : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Evidence",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                EnrolmentId = table.Column<int>(nullable: false),
                Caption = table.Column<string>(maxLength: 300, nullable: false),
                Link = table.Column<string>(maxLength: 2000, nullable: true),
                FileName = table.Column<string>(maxLength: 64, nullable: true),
                OriginalName = table.Column<string>(maxLength: 255, nullable: true),
                MediaType = table.Column<string>(maxLength: 128, nullable: true),
                Length = table.Column<long>(nullable: false),
                CriterionIds = table.Column<string>(nullable: false),
                AddedBy = table.Column<string>(maxLength: 256, nullable: false),
                AddedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Evidence", x => x.Id);
                table.ForeignKey("FK_Evidence_Enrolments_EnrolmentId", x => x.EnrolmentId, "Enrolments", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_Evidence_EnrolmentId", table: "Evidence", column: "EnrolmentId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "Evidence");
}
