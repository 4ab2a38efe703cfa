using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hamahang.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DecisionFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Status",
                table: "Decisions",
                type: "TEXT",
                maxLength: 32,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 32);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Decisions",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "PersonId",
                table: "DecisionOwners",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DecisionDueDateChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DecisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    PreviousDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionDueDateChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionDueDateChanges_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DecisionNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DecisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    NotedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AuthorOrganizationId = table.Column<int>(type: "INTEGER", nullable: true),
                    AuthorPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionNotes_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DecisionNotes_Organizations_AuthorOrganizationId",
                        column: x => x.AuthorOrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DecisionNotes_People_AuthorPersonId",
                        column: x => x.AuthorPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_DueDate",
                table: "Decisions",
                column: "DueDate");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_Kind",
                table: "Decisions",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionOwners_PersonId",
                table: "DecisionOwners",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionDueDateChanges_DecisionId",
                table: "DecisionDueDateChanges",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionNotes_AuthorOrganizationId",
                table: "DecisionNotes",
                column: "AuthorOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionNotes_AuthorPersonId",
                table: "DecisionNotes",
                column: "AuthorPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionNotes_DecisionId_NotedOn",
                table: "DecisionNotes",
                columns: new[] { "DecisionId", "NotedOn" });

            migrationBuilder.AddForeignKey(
                name: "FK_DecisionOwners_People_PersonId",
                table: "DecisionOwners",
                column: "PersonId",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_DecisionOwners_People_PersonId",
                table: "DecisionOwners");

            migrationBuilder.DropTable(
                name: "DecisionDueDateChanges");

            migrationBuilder.DropTable(
                name: "DecisionNotes");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_DueDate",
                table: "Decisions");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_Kind",
                table: "Decisions");

            migrationBuilder.DropIndex(
                name: "IX_DecisionOwners_PersonId",
                table: "DecisionOwners");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "PersonId",
                table: "DecisionOwners");

            migrationBuilder.AlterColumn<string>(
                name: "Status",
                table: "Decisions",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 32,
                oldNullable: true);
        }
    }
}
