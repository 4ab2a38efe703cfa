using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hamahang.Api.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ProvenanceAndRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ArchivedAt",
                table: "Sites",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ArchivedAt",
                table: "People",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndsOn",
                table: "Partnerships",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Instruction",
                table: "Partnerships",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsLeading",
                table: "Partnerships",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartsOn",
                table: "Partnerships",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SupportedOrganizationId",
                table: "Partnerships",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ArchivedAt",
                table: "Organizations",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AlterColumn<DateTime>(
                name: "StartsAt",
                table: "Meetings",
                type: "datetime2",
                nullable: true,
                oldClrType: typeof(DateTime),
                oldType: "datetime2");

            migrationBuilder.AddColumn<int>(
                name: "SourceId",
                table: "Meetings",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "StartsAtFromPublication",
                table: "Meetings",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "StartsAtPrecision",
                table: "Meetings",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Time");

            migrationBuilder.AlterColumn<string>(
                name: "Role",
                table: "MeetingAttendees",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(32)",
                oldMaxLength: 32);

            migrationBuilder.AddColumn<int>(
                name: "SourceId",
                table: "Decisions",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PartnershipCounterparts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PartnershipId = table.Column<int>(type: "int", nullable: false),
                    OrganizationId = table.Column<int>(type: "int", nullable: false),
                    CounterpartId = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipCounterparts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnershipCounterparts_Organizations_CounterpartId",
                        column: x => x.CounterpartId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartnershipCounterparts_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartnershipCounterparts_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SiteVisitPhotos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SiteVisitId = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Caption = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiteVisitPhotos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SiteVisitPhotos_SiteVisits_SiteVisitId",
                        column: x => x.SiteVisitId,
                        principalTable: "SiteVisits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Outlet = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Url = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    NewsCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Partnerships_SupportedOrganizationId",
                table: "Partnerships",
                column: "SupportedOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_SourceId",
                table: "Meetings",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_SourceId",
                table: "Decisions",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipCounterparts_CounterpartId",
                table: "PartnershipCounterparts",
                column: "CounterpartId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipCounterparts_OrganizationId",
                table: "PartnershipCounterparts",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipCounterparts_PartnershipId",
                table: "PartnershipCounterparts",
                column: "PartnershipId");

            migrationBuilder.CreateIndex(
                name: "IX_SiteVisitPhotos_SiteVisitId",
                table: "SiteVisitPhotos",
                column: "SiteVisitId");

            migrationBuilder.AddForeignKey(
                name: "FK_Decisions_Sources_SourceId",
                table: "Decisions",
                column: "SourceId",
                principalTable: "Sources",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Meetings_Sources_SourceId",
                table: "Meetings",
                column: "SourceId",
                principalTable: "Sources",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Partnerships_Organizations_SupportedOrganizationId",
                table: "Partnerships",
                column: "SupportedOrganizationId",
                principalTable: "Organizations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Decisions_Sources_SourceId",
                table: "Decisions");

            migrationBuilder.DropForeignKey(
                name: "FK_Meetings_Sources_SourceId",
                table: "Meetings");

            migrationBuilder.DropForeignKey(
                name: "FK_Partnerships_Organizations_SupportedOrganizationId",
                table: "Partnerships");

            migrationBuilder.DropTable(
                name: "PartnershipCounterparts");

            migrationBuilder.DropTable(
                name: "SiteVisitPhotos");

            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropIndex(
                name: "IX_Partnerships_SupportedOrganizationId",
                table: "Partnerships");

            migrationBuilder.DropIndex(
                name: "IX_Meetings_SourceId",
                table: "Meetings");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_SourceId",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "ArchivedAt",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "ArchivedAt",
                table: "People");

            migrationBuilder.DropColumn(
                name: "EndsOn",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "Instruction",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "IsLeading",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "StartsOn",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "SupportedOrganizationId",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "ArchivedAt",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "SourceId",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "StartsAtFromPublication",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "StartsAtPrecision",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "SourceId",
                table: "Decisions");

            migrationBuilder.AlterColumn<DateTime>(
                name: "StartsAt",
                table: "Meetings",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified),
                oldClrType: typeof(DateTime),
                oldType: "datetime2",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Role",
                table: "MeetingAttendees",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "nvarchar(32)",
                oldMaxLength: 32,
                oldNullable: true);
        }
    }
}
