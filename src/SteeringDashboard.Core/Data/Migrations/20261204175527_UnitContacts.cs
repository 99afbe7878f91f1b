using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SteeringDashboard.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class UnitContacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "Units",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPerson",
                table: "Units",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPhone",
                table: "Units",
                type: "TEXT",
                maxLength: 30,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContactEmail",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "ContactPerson",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "ContactPhone",
                table: "Units");
        }
    }
}
