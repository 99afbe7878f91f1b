using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SteeringDashboard.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ConferenceWorkspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgendaItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConferenceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PresenterUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    PresenterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItems", x => x.Id);
                    table.CheckConstraint("CK_AgendaItems_Duration", "DurationMinutes BETWEEN 1 AND 480");
                    table.CheckConstraint("CK_AgendaItems_Position", "Position >= 1");
                    table.CheckConstraint("CK_AgendaItems_Presenter", "(PresenterUnitId IS NULL) <> (PresenterName IS NULL)");
                    table.ForeignKey(
                        name: "FK_AgendaItems_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgendaItems_Units_PresenterUnitId",
                        column: x => x.PresenterUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Commendations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConferenceId = table.Column<int>(type: "INTEGER", nullable: false),
                    NomineeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NomineeKind = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Form = table.Column<int>(type: "INTEGER", nullable: false),
                    Achievement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReadingOrder = table.Column<int>(type: "INTEGER", nullable: true),
                    ProposedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Commendations", x => x.Id);
                    table.CheckConstraint("CK_Commendations_Achievement", "length(trim(Achievement)) > 0");
                    table.CheckConstraint("CK_Commendations_Form", "Form BETWEEN 1 AND 3");
                    table.CheckConstraint("CK_Commendations_NomineeKind", "NomineeKind BETWEEN 1 AND 2");
                    table.CheckConstraint("CK_Commendations_NomineeName", "length(trim(NomineeName)) > 0");
                    table.CheckConstraint("CK_Commendations_ReadingOrder", "(State = 3 AND ReadingOrder IS NOT NULL AND ReadingOrder >= 1) OR (State <> 3 AND ReadingOrder IS NULL)");
                    table.CheckConstraint("CK_Commendations_RejectionReason", "(State = 4 AND RejectionReason IS NOT NULL AND length(trim(RejectionReason)) > 0) OR (State <> 4 AND RejectionReason IS NULL)");
                    table.CheckConstraint("CK_Commendations_State", "State BETWEEN 1 AND 4");
                    table.ForeignKey(
                        name: "FK_Commendations_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Commendations_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConferenceChecklistItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConferenceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Done = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConferenceChecklistItems", x => x.Id);
                    table.CheckConstraint("CK_ConferenceChecklistItems_Text", "length(trim(Text)) > 0");
                    table.ForeignKey(
                        name: "FK_ConferenceChecklistItems_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConferenceInvitedUnits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConferenceId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConferenceInvitedUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConferenceInvitedUnits_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConferenceInvitedUnits_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConferenceInvitees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConferenceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConferenceInvitees", x => x.Id);
                    table.CheckConstraint("CK_ConferenceInvitees_Name", "length(trim(Name)) > 0");
                    table.ForeignKey(
                        name: "FK_ConferenceInvitees_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PackVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConferenceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    FrozenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FrozenBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CutoffDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PackVersions", x => x.Id);
                    table.CheckConstraint("CK_PackVersions_Number", "Number >= 1");
                    table.ForeignKey(
                        name: "FK_PackVersions_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewSections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConferenceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewSections_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommendationHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommendationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: true),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommendationHistory", x => x.Id);
                    table.CheckConstraint("CK_CommendationHistory_Reason", "(\"To\" = 4 AND Reason IS NOT NULL) OR (\"To\" <> 4 AND Reason IS NULL)");
                    table.CheckConstraint("CK_CommendationHistory_To", "\"To\" BETWEEN 1 AND 4");
                    table.ForeignKey(
                        name: "FK_CommendationHistory_Commendations_CommendationId",
                        column: x => x.CommendationId,
                        principalTable: "Commendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommendationLinks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommendationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssignmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommendationLinks", x => x.Id);
                    table.CheckConstraint("CK_CommendationLinks_ExactlyOne", "(AssignmentId IS NOT NULL) + (IndicatorId IS NOT NULL) + (CampaignId IS NOT NULL) = 1");
                    table.ForeignKey(
                        name: "FK_CommendationLinks_Assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "Assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CommendationLinks_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CommendationLinks_Commendations_CommendationId",
                        column: x => x.CommendationId,
                        principalTable: "Commendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CommendationLinks_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_ConferenceId_Position",
                table: "AgendaItems",
                columns: new[] { "ConferenceId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_PresenterUnitId",
                table: "AgendaItems",
                column: "PresenterUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CommendationHistory_CommendationId",
                table: "CommendationHistory",
                column: "CommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_CommendationLinks_AssignmentId",
                table: "CommendationLinks",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_CommendationLinks_CampaignId",
                table: "CommendationLinks",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_CommendationLinks_CommendationId",
                table: "CommendationLinks",
                column: "CommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_CommendationLinks_IndicatorId",
                table: "CommendationLinks",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_Commendations_ConferenceId_State",
                table: "Commendations",
                columns: new[] { "ConferenceId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Commendations_UnitId",
                table: "Commendations",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceChecklistItems_ConferenceId",
                table: "ConferenceChecklistItems",
                column: "ConferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceInvitedUnits_ConferenceId_UnitId",
                table: "ConferenceInvitedUnits",
                columns: new[] { "ConferenceId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceInvitedUnits_UnitId",
                table: "ConferenceInvitedUnits",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceInvitees_ConferenceId",
                table: "ConferenceInvitees",
                column: "ConferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_PackVersions_ConferenceId_Number",
                table: "PackVersions",
                columns: new[] { "ConferenceId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewSections_ConferenceId_Key",
                table: "ReviewSections",
                columns: new[] { "ConferenceId", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgendaItems");

            migrationBuilder.DropTable(
                name: "CommendationHistory");

            migrationBuilder.DropTable(
                name: "CommendationLinks");

            migrationBuilder.DropTable(
                name: "ConferenceChecklistItems");

            migrationBuilder.DropTable(
                name: "ConferenceInvitedUnits");

            migrationBuilder.DropTable(
                name: "ConferenceInvitees");

            migrationBuilder.DropTable(
                name: "PackVersions");

            migrationBuilder.DropTable(
                name: "ReviewSections");

            migrationBuilder.DropTable(
                name: "Commendations");
        }
    }
}
