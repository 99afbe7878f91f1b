using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SteeringDashboard.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class CommendationSeparationOfDuties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedAtUtc",
                table: "Commendations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovedBy",
                table: "Commendations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposedByUserId",
                table: "Commendations",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            // Nominations approved before this migration: the approver and the time are the history's approval step (To = 3).
            migrationBuilder.Sql("""
                UPDATE Commendations
                SET ApprovedBy = (SELECT h.ChangedBy FROM CommendationHistory h WHERE h.CommendationId = Commendations.Id AND h."To" = 3 ORDER BY h.Id DESC LIMIT 1),
                    ApprovedAtUtc = (SELECT h.ChangedAtUtc FROM CommendationHistory h WHERE h.CommendationId = Commendations.Id AND h."To" = 3 ORDER BY h.Id DESC LIMIT 1)
                WHERE State = 3
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ApprovedAtUtc",
                table: "Commendations");

            migrationBuilder.DropColumn(
                name: "ApprovedBy",
                table: "Commendations");

            migrationBuilder.DropColumn(
                name: "ProposedByUserId",
                table: "Commendations");
        }
    }
}
