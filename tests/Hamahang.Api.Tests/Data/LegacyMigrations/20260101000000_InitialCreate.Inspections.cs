using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hamahang.Api.Tests.Data.LegacyMigrations;

public sealed partial class InitialCreate
{
    // Inspections, their inspectors, findings and the findings' history.
    private static void CreateInspections(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Inspections",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Kind = table.Column<string>(maxLength: 32, nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                DistrictId = table.Column<int>(nullable: false),
                InspectedOrganizationId = table.Column<int>(nullable: true),
                InspectedSiteId = table.Column<int>(nullable: true),
                InspectingOrganizationId = table.Column<int>(nullable: false),
                PlannedAt = table.Column<DateTime>(nullable: false),
                StartedAt = table.Column<DateTime>(nullable: true),
                CompletedAt = table.Column<DateTime>(nullable: true),
                Status = table.Column<string>(maxLength: 32, nullable: false),
                TitleNormalized = table.Column<string>(maxLength: 300, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Inspections", x => x.Id);
                table.ForeignKey(
                    name: "FK_Inspections_Districts_DistrictId",
                    column: x => x.DistrictId,
                    principalTable: "Districts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Inspections_Organizations_InspectedOrganizationId",
                    column: x => x.InspectedOrganizationId,
                    principalTable: "Organizations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Inspections_Organizations_InspectingOrganizationId",
                    column: x => x.InspectingOrganizationId,
                    principalTable: "Organizations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Inspections_Sites_InspectedSiteId",
                    column: x => x.InspectedSiteId,
                    principalTable: "Sites",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "InspectionInspectors",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                InspectionId = table.Column<int>(nullable: false),
                PersonId = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_InspectionInspectors", x => x.Id);
                table.ForeignKey(
                    name: "FK_InspectionInspectors_Inspections_InspectionId",
                    column: x => x.InspectionId,
                    principalTable: "Inspections",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_InspectionInspectors_People_PersonId",
                    column: x => x.PersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Findings",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                InspectionId = table.Column<int>(nullable: false),
                Category = table.Column<string>(maxLength: 32, nullable: false),
                Severity = table.Column<string>(maxLength: 32, nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                Description = table.Column<string>(nullable: true),
                Location = table.Column<string>(maxLength: 300, nullable: true),
                Channel = table.Column<string>(maxLength: 32, nullable: false),
                Status = table.Column<string>(maxLength: 32, nullable: false),
                DismissalReason = table.Column<string>(maxLength: 2000, nullable: true),
                ResponsibleOrganizationId = table.Column<int>(nullable: true),
                DueDate = table.Column<DateOnly>(nullable: true),
                IsConfidential = table.Column<bool>(nullable: false),
                DescriptionNormalized = table.Column<string>(nullable: true),
                LocationNormalized = table.Column<string>(maxLength: 300, nullable: true),
                TitleNormalized = table.Column<string>(maxLength: 300, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Findings", x => x.Id);
                table.ForeignKey(
                    name: "FK_Findings_Inspections_InspectionId",
                    column: x => x.InspectionId,
                    principalTable: "Inspections",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Findings_Organizations_ResponsibleOrganizationId",
                    column: x => x.ResponsibleOrganizationId,
                    principalTable: "Organizations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "FindingHistory",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                FindingId = table.Column<int>(nullable: false),
                Actor = table.Column<string>(maxLength: 300, nullable: false),
                Status = table.Column<string>(maxLength: 32, nullable: false),
                Change = table.Column<string>(maxLength: 2000, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_FindingHistory", x => x.Id);
                table.ForeignKey(
                    name: "FK_FindingHistory_Findings_FindingId",
                    column: x => x.FindingId,
                    principalTable: "Findings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_FindingHistory_FindingId",
            table: "FindingHistory",
            column: "FindingId");

        migrationBuilder.CreateIndex(
            name: "IX_Findings_InspectionId",
            table: "Findings",
            column: "InspectionId");

        migrationBuilder.CreateIndex(
            name: "IX_Findings_ResponsibleOrganizationId",
            table: "Findings",
            column: "ResponsibleOrganizationId");

        migrationBuilder.CreateIndex(
            name: "IX_Findings_Status",
            table: "Findings",
            column: "Status");

        migrationBuilder.CreateIndex(
            name: "IX_Findings_TitleNormalized",
            table: "Findings",
            column: "TitleNormalized");

        migrationBuilder.CreateIndex(
            name: "IX_InspectionInspectors_InspectionId_PersonId",
            table: "InspectionInspectors",
            columns: ["InspectionId", "PersonId"],
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_InspectionInspectors_PersonId",
            table: "InspectionInspectors",
            column: "PersonId");

        migrationBuilder.CreateIndex(
            name: "IX_Inspections_DistrictId",
            table: "Inspections",
            column: "DistrictId");

        migrationBuilder.CreateIndex(
            name: "IX_Inspections_InspectedOrganizationId",
            table: "Inspections",
            column: "InspectedOrganizationId");

        migrationBuilder.CreateIndex(
            name: "IX_Inspections_InspectedSiteId",
            table: "Inspections",
            column: "InspectedSiteId");

        migrationBuilder.CreateIndex(
            name: "IX_Inspections_InspectingOrganizationId",
            table: "Inspections",
            column: "InspectingOrganizationId");

        migrationBuilder.CreateIndex(
            name: "IX_Inspections_PlannedAt_Id",
            table: "Inspections",
            columns: ["PlannedAt", "Id"]);

        migrationBuilder.CreateIndex(
            name: "IX_Inspections_TitleNormalized",
            table: "Inspections",
            column: "TitleNormalized");
    }
}
