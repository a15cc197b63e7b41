using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Enquiries.Data.Migrations;

[DbContext(typeof(EnquiriesDbContext))]
[Migration("20261122000600_EnquiriesInitial")]
public sealed class EnquiriesInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Enquiries",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                Address = table.Column<string>(maxLength: 400, nullable: false),
                Consent = table.Column<bool>(nullable: false),
                ContactName = table.Column<string>(maxLength: 200, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                Culture = table.Column<string>(maxLength: 8, nullable: false),
                Email = table.Column<string>(maxLength: 256, nullable: false),
                EnrolledRound = table.Column<string>(maxLength: 32, nullable: true),
                HeardFrom = table.Column<string>(maxLength: 32, nullable: false),
                Hub = table.Column<string>(maxLength: 64, nullable: true),
                Mark = table.Column<string>(maxLength: 32, nullable: false),
                NormalizedEmail = table.Column<string>(maxLength: 256, nullable: false),
                Phone = table.Column<string>(maxLength: 40, nullable: true),
                Pupils = table.Column<int>(nullable: false),
                Reference = table.Column<string>(maxLength: 16, nullable: false),
                Role = table.Column<string>(maxLength: 100, nullable: false),
                Round = table.Column<string>(maxLength: 32, nullable: false),
                SchoolIdentifier = table.Column<string>(maxLength: 50, nullable: false),
                SchoolName = table.Column<string>(maxLength: 200, nullable: false),
                Status = table.Column<int>(nullable: false),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Enquiries", x => x.Id));

        migrationBuilder.CreateTable(
            name: "EnquiryNotes",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                Author = table.Column<string>(maxLength: 256, nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                EnquiryId = table.Column<int>(nullable: false),
                Text = table.Column<string>(maxLength: 2000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EnquiryNotes", x => x.Id);
                table.ForeignKey(name: "FK_EnquiryNotes_Enquiries_EnquiryId", column: x => x.EnquiryId, principalTable: "Enquiries", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "HubAreas",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                Area = table.Column<string>(maxLength: 64, nullable: false),
                Hub = table.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_HubAreas", x => x.Id));

        migrationBuilder.CreateTable(
            name: "EnquirySettings",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false),
                BasicSkills = table.Column<bool>(nullable: false),
                Currency = table.Column<string>(maxLength: 8, nullable: false),
                Identifier = table.Column<string>(maxLength: 16, nullable: false),
                RetentionMonths = table.Column<int>(nullable: false),
                SmallSchoolFee = table.Column<int>(nullable: false),
                SmallSchoolPupils = table.Column<int>(nullable: false),
                StandardFee = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_EnquirySettings", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_Enquiries_Reference", table: "Enquiries", column: "Reference", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Enquiries_Hub", table: "Enquiries", columns: ["Hub", "Status", "CreatedUtc"]);
        migrationBuilder.CreateIndex(name: "IX_Enquiries_Email", table: "Enquiries", columns: ["NormalizedEmail", "CreatedUtc"]);
        migrationBuilder.CreateIndex(name: "IX_EnquiryNotes_EnquiryId", table: "EnquiryNotes", column: "EnquiryId");
        migrationBuilder.CreateIndex(name: "IX_HubAreas_Area", table: "HubAreas", column: "Area", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "EnquiryNotes");
        migrationBuilder.DropTable(name: "HubAreas");
        migrationBuilder.DropTable(name: "EnquirySettings");
        migrationBuilder.DropTable(name: "Enquiries");
    }
}
