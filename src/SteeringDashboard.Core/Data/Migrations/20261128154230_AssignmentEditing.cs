using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SteeringDashboard.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AssignmentEditing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "CampaignResults",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EvidenceUrl",
                table: "AssignmentHistory",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "AssignmentHistory",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "AssignmentEvidence",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssignmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    HistoryId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssignmentEvidence", x => x.Id);
                    table.CheckConstraint("CK_AssignmentEvidence_Size", "SizeBytes > 0");
                    table.ForeignKey(
                        name: "FK_AssignmentEvidence_AssignmentHistory_HistoryId",
                        column: x => x.HistoryId,
                        principalTable: "AssignmentHistory",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AssignmentEvidence_Assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "Assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CampaignResultHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignResultId = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OldValue = table.Column<int>(type: "INTEGER", nullable: true),
                    NewValue = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignResultHistory", x => x.Id);
                    table.CheckConstraint("CK_CampaignResultHistory_Value", "NewValue >= 0 AND (OldValue IS NULL OR OldValue >= 0)");
                    table.ForeignKey(
                        name: "FK_CampaignResultHistory_CampaignResults_CampaignResultId",
                        column: x => x.CampaignResultId,
                        principalTable: "CampaignResults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddCheckConstraint(
                name: "CK_AssignmentHistory_Note",
                table: "AssignmentHistory",
                sql: "Note IS NULL OR length(Note) <= 1000");

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentEvidence_AssignmentId",
                table: "AssignmentEvidence",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentEvidence_HistoryId",
                table: "AssignmentEvidence",
                column: "HistoryId");

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentEvidence_StoredName",
                table: "AssignmentEvidence",
                column: "StoredName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CampaignResultHistory_CampaignResultId",
                table: "CampaignResultHistory",
                column: "CampaignResultId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssignmentEvidence");

            migrationBuilder.DropTable(
                name: "CampaignResultHistory");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AssignmentHistory_Note",
                table: "AssignmentHistory");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "CampaignResults");

            migrationBuilder.DropColumn(
                name: "EvidenceUrl",
                table: "AssignmentHistory");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "AssignmentHistory");
        }
    }
}
