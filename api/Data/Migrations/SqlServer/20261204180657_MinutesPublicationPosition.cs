using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hamahang.Api.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MinutesPublicationPosition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "PublicationPosition",
                table: "Minutes",
                type: "rowversion",
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Minutes_PublicationPosition",
                table: "Minutes",
                column: "PublicationPosition",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Minutes_PublicationPosition",
                table: "Minutes");

            migrationBuilder.DropColumn(
                name: "PublicationPosition",
                table: "Minutes");
        }
    }
}
