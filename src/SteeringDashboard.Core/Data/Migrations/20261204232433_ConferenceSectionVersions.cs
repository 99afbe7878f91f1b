using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SteeringDashboard.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ConferenceSectionVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The review report's text sections, renamed so that "review" no longer names three things; their rows stay.
            migrationBuilder.RenameTable(
                name: "ReviewSections",
                newName: "ConferenceReportSections");

            migrationBuilder.RenameIndex(
                name: "IX_ReviewSections_ConferenceId_Key",
                table: "ConferenceReportSections",
                newName: "IX_ConferenceReportSections_ConferenceId_Key");

            migrationBuilder.RenameColumn(
                name: "Version",
                table: "Conferences",
                newName: "RecordVersion");

            migrationBuilder.AddColumn<Guid>(
                name: "AgendaVersion",
                table: "Conferences",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "ChecklistVersion",
                table: "Conferences",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "InvitationsVersion",
                table: "Conferences",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AgendaVersion",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "ChecklistVersion",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "InvitationsVersion",
                table: "Conferences");

            migrationBuilder.RenameColumn(
                name: "RecordVersion",
                table: "Conferences",
                newName: "Version");

            migrationBuilder.RenameIndex(
                name: "IX_ConferenceReportSections_ConferenceId_Key",
                table: "ConferenceReportSections",
                newName: "IX_ReviewSections_ConferenceId_Key");

            migrationBuilder.RenameTable(
                name: "ConferenceReportSections",
                newName: "ReviewSections");
        }
    }
}
