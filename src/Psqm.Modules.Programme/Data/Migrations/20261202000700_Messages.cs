using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Programme.Data.Migrations;

/// <summary>Messages between a school and its hub leader, and how far each reader has read.</summary>
[DbContext(typeof(ProgrammeDbContext))]
[Migration("20261202000700_Messages")]
public sealed class Messages : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Messages",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                EnrolmentId = table.Column<int>(nullable: false),
                FromSchool = table.Column<bool>(nullable: false),
                Author = table.Column<string>(maxLength: 256, nullable: false),
                AuthorName = table.Column<string>(maxLength: 200, nullable: false),
                Body = table.Column<string>(maxLength: 5000, nullable: false),
                SentUtc = table.Column<DateTime>(nullable: false),
                FileName = table.Column<string>(maxLength: 64, nullable: true),
                OriginalName = table.Column<string>(maxLength: 255, nullable: true),
                MediaType = table.Column<string>(maxLength: 128, nullable: true),
                Length = table.Column<long>(nullable: false),
                HiddenUtc = table.Column<DateTime>(nullable: true),
                HiddenBy = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Messages", x => x.Id);
                table.ForeignKey("FK_Messages_Enrolments_EnrolmentId", x => x.EnrolmentId, "Enrolments", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_Messages_EnrolmentId", table: "Messages", column: "EnrolmentId");

        migrationBuilder.CreateTable(
            name: "MessageReads",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                EnrolmentId = table.Column<int>(nullable: false),
                Reader = table.Column<string>(maxLength: 256, nullable: false),
                LastReadId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MessageReads", x => x.Id);
                table.ForeignKey("FK_MessageReads_Enrolments_EnrolmentId", x => x.EnrolmentId, "Enrolments", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_MessageReads_EnrolmentId_Reader", table: "MessageReads", columns: ["EnrolmentId", "Reader"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "MessageReads");
        migrationBuilder.DropTable(name: "Messages");
    }
}
