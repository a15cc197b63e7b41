using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Modules.Workflows.Data.Migrations;

/// <summary>A subject has one instance of a process: two people starting it at once get the same one.</summary>
[DbContext(typeof(WorkflowsDbContext))]
[Migration("20261203000700_OneInstancePerSubject")]
public sealed class OneInstancePerSubject : Migration
{
    private const string Index = "IX_WorkflowInstances_Definition_SubjectType_SubjectId";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: Index, table: "WorkflowInstances");
        migrationBuilder.CreateIndex(name: Index, table: "WorkflowInstances", columns: ["Definition", "SubjectType", "SubjectId"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: Index, table: "WorkflowInstances");
        migrationBuilder.CreateIndex(name: Index, table: "WorkflowInstances", columns: ["Definition", "SubjectType", "SubjectId"]);
    }
}
