using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Psqm.Migrations.PostgreSQL.Awards
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AwardHolders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Town = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Region = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Season = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StartYear = table.Column<int>(type: "integer", nullable: false),
                    AwardedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    EnrolmentId = table.Column<int>(type: "integer", nullable: true),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevokedReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardHolders", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AwardHolders_Code",
                table: "AwardHolders",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AwardHolders_EnrolmentId",
                table: "AwardHolders",
                column: "EnrolmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardHolders_ExpiresOn",
                table: "AwardHolders",
                column: "ExpiresOn");

            migrationBuilder.CreateIndex(
                name: "IX_AwardHolders_SchoolName_Season_StartYear",
                table: "AwardHolders",
                columns: new[] { "SchoolName", "Season", "StartYear" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AwardHolders");
        }
    }
}
