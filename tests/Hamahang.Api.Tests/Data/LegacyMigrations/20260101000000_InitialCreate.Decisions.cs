using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hamahang.Api.Tests.Data.LegacyMigrations;

public sealed partial class InitialCreate
{
    // Decisions, their owners, and the working groups they form.
    private static void CreateDecisions(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Decisions",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                MeetingId = table.Column<int>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Text = table.Column<string>(maxLength: 2000, nullable: false),
                DueDate = table.Column<DateOnly>(nullable: true),
                Status = table.Column<string>(maxLength: 32, nullable: false),
                TextNormalized = table.Column<string>(maxLength: 2000, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Decisions", x => x.Id);
                table.ForeignKey(
                    name: "FK_Decisions_Meetings_MeetingId",
                    column: x => x.MeetingId,
                    principalTable: "Meetings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "DecisionOwners",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                DecisionId = table.Column<int>(nullable: false),
                OrganizationId = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DecisionOwners", x => x.Id);
                table.ForeignKey(
                    name: "FK_DecisionOwners_Organizations_OrganizationId",
                    column: x => x.OrganizationId,
                    principalTable: "Organizations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_DecisionOwners_Decisions_DecisionId",
                    column: x => x.DecisionId,
                    principalTable: "Decisions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "WorkingGroups",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Name = table.Column<string>(maxLength: 300, nullable: false),
                NameEn = table.Column<string>(maxLength: 300, nullable: true),
                Specialty = table.Column<string>(maxLength: 300, nullable: true),
                DistrictId = table.Column<int>(nullable: true),
                PartnerOrganizationId = table.Column<int>(nullable: true),
                FormedByDecisionId = table.Column<int>(nullable: true),
                Status = table.Column<string>(maxLength: 32, nullable: false),
                NameNormalized = table.Column<string>(maxLength: 300, nullable: false),
                SpecialtyNormalized = table.Column<string>(maxLength: 300, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WorkingGroups", x => x.Id);
                table.ForeignKey(
                    name: "FK_WorkingGroups_Decisions_FormedByDecisionId",
                    column: x => x.FormedByDecisionId,
                    principalTable: "Decisions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_WorkingGroups_Districts_DistrictId",
                    column: x => x.DistrictId,
                    principalTable: "Districts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_WorkingGroups_Organizations_PartnerOrganizationId",
                    column: x => x.PartnerOrganizationId,
                    principalTable: "Organizations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "WorkingGroupMembers",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("SqlServer:Identity", "1, 1"),
                WorkingGroupId = table.Column<int>(nullable: false),
                OrganizationId = table.Column<int>(nullable: true),
                PersonId = table.Column<int>(nullable: true),
                Role = table.Column<string>(maxLength: 32, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WorkingGroupMembers", x => x.Id);
                table.ForeignKey(
                    name: "FK_WorkingGroupMembers_Organizations_OrganizationId",
                    column: x => x.OrganizationId,
                    principalTable: "Organizations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_WorkingGroupMembers_People_PersonId",
                    column: x => x.PersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_WorkingGroupMembers_WorkingGroups_WorkingGroupId",
                    column: x => x.WorkingGroupId,
                    principalTable: "WorkingGroups",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_DecisionOwners_DecisionId_OrganizationId",
            table: "DecisionOwners",
            columns: ["DecisionId", "OrganizationId"],
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_DecisionOwners_OrganizationId",
            table: "DecisionOwners",
            column: "OrganizationId");

        migrationBuilder.CreateIndex(
            name: "IX_Decisions_MeetingId",
            table: "Decisions",
            column: "MeetingId");

        migrationBuilder.CreateIndex(
            name: "IX_Decisions_Status",
            table: "Decisions",
            column: "Status");

        migrationBuilder.CreateIndex(
            name: "IX_WorkingGroupMembers_OrganizationId",
            table: "WorkingGroupMembers",
            column: "OrganizationId");

        migrationBuilder.CreateIndex(
            name: "IX_WorkingGroupMembers_PersonId",
            table: "WorkingGroupMembers",
            column: "PersonId");

        migrationBuilder.CreateIndex(
            name: "IX_WorkingGroupMembers_WorkingGroupId",
            table: "WorkingGroupMembers",
            column: "WorkingGroupId");

        migrationBuilder.CreateIndex(
            name: "IX_WorkingGroups_DistrictId",
            table: "WorkingGroups",
            column: "DistrictId");

        migrationBuilder.CreateIndex(
            name: "IX_WorkingGroups_FormedByDecisionId",
            table: "WorkingGroups",
            column: "FormedByDecisionId");

        migrationBuilder.CreateIndex(
            name: "IX_WorkingGroups_NameNormalized",
            table: "WorkingGroups",
            column: "NameNormalized");

        migrationBuilder.CreateIndex(
            name: "IX_WorkingGroups_PartnerOrganizationId",
            table: "WorkingGroups",
            column: "PartnerOrganizationId");
    }
}
