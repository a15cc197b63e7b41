using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Workflows.Data.Migrations;

[DbContext(typeof(WorkflowsDbContext))]
[Migration("20261202001000_WorkflowsInitial")]
public sealed class WorkflowsInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "WorkflowDefinitions",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                Key = table.Column<string>(maxLength: 64, nullable: false),
                Version = table.Column<int>(nullable: false),
                Json = table.Column<string>(nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_WorkflowDefinitions", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_WorkflowDefinitions_Key_Version", table: "WorkflowDefinitions", columns: ["Key", "Version"], unique: true);

        migrationBuilder.CreateTable(
            name: "WorkflowInstances",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                Definition = table.Column<string>(maxLength: 64, nullable: false),
                DefinitionVersion = table.Column<int>(nullable: false),
                SubjectType = table.Column<string>(maxLength: 64, nullable: false),
                SubjectId = table.Column<string>(maxLength: 64, nullable: false),
                State = table.Column<string>(maxLength: 64, nullable: false),
                StartedUtc = table.Column<DateTime>(nullable: false),
                UpdatedUtc = table.Column<DateTime>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_WorkflowInstances", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_WorkflowInstances_Definition_SubjectType_SubjectId", table: "WorkflowInstances", columns: ["Definition", "SubjectType", "SubjectId"]);
        migrationBuilder.CreateIndex(name: "IX_WorkflowInstances_Definition_State", table: "WorkflowInstances", columns: ["Definition", "State"]);

        migrationBuilder.CreateTable(
            name: "WorkflowSteps",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                InstanceId = table.Column<int>(nullable: false),
                Transition = table.Column<string>(maxLength: 64, nullable: false),
                From = table.Column<string>(maxLength: 64, nullable: false),
                To = table.Column<string>(maxLength: 64, nullable: false),
                By = table.Column<string>(maxLength: 256, nullable: false),
                ByName = table.Column<string>(maxLength: 200, nullable: false),
                Comment = table.Column<string>(maxLength: 5000, nullable: false),
                AtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WorkflowSteps", x => x.Id);
                table.ForeignKey("FK_WorkflowSteps_WorkflowInstances_InstanceId", x => x.InstanceId, "WorkflowInstances", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_WorkflowSteps_InstanceId", table: "WorkflowSteps", column: "InstanceId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "WorkflowSteps");
        migrationBuilder.DropTable(name: "WorkflowInstances");
        migrationBuilder.DropTable(name: "WorkflowDefinitions");
    }
}
