using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hamahang.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeetingsNewestFirstIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Meetings_StartsAtDescending_Id",
                table: "Meetings",
                columns: new[] { "StartsAt", "Id" },
                descending: new[] { true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Meetings_StartsAtDescending_Id",
                table: "Meetings");
        }
    }
}
