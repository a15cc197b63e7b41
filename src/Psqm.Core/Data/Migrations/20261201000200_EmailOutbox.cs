using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Psqm.Core.Email;

namespace Psqm.Core.Data.Migrations;

/// <summary>Emails wait in the tenant's database until they are sent, so none is lost when the mail server is down.</summary>
[DbContext(typeof(OutboxDbContext))]
[Migration("20261201000200_EmailOutbox")]
public sealed class EmailOutbox : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "EmailOutbox",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                To = table.Column<string>(maxLength: 320, nullable: false),
                ReplyTo = table.Column<string>(maxLength: 320, nullable: true),
                Subject = table.Column<string>(maxLength: 400, nullable: false),
                TextBody = table.Column<string>(nullable: false),
                Culture = table.Column<string>(maxLength: 16, nullable: false),
                Attachments = table.Column<string>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                NextAttemptUtc = table.Column<DateTime>(nullable: false),
                ClaimToken = table.Column<Guid>(nullable: true),
                ClaimedUntilUtc = table.Column<DateTime>(nullable: true),
                SentUtc = table.Column<DateTime>(nullable: true),
                LastError = table.Column<string>(maxLength: 2000, nullable: true),
                MessageId = table.Column<string>(maxLength: 400, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_EmailOutbox", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_EmailOutbox_Status_NextAttemptUtc", table: "EmailOutbox", columns: ["Status", "NextAttemptUtc"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "EmailOutbox");
}
