using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hamahang.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InspectionProvenance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "PlannedAtFromPublication",
                table: "Inspections",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PlannedAtPrecision",
                table: "Inspections",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Time");

            migrationBuilder.AddColumn<int>(
                name: "SourceId",
                table: "Inspections",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_SourceId",
                table: "Inspections",
                column: "SourceId");

            migrationBuilder.AddForeignKey(
                name: "FK_Inspections_Sources_SourceId",
                table: "Inspections",
                column: "SourceId",
                principalTable: "Sources",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Inspections_Sources_SourceId",
                table: "Inspections");

            migrationBuilder.DropIndex(
                name: "IX_Inspections_SourceId",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "PlannedAtFromPublication",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "PlannedAtPrecision",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "SourceId",
                table: "Inspections");
        }
    }
}
