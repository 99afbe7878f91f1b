using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SteeringDashboard.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ConferenceAgenda : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Conferences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Chair = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CutoffDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conferences", x => x.Id);
                    table.CheckConstraint("CK_Conferences_Period", "PeriodStart <= PeriodEnd");
                    table.CheckConstraint("CK_Conferences_Title", "length(trim(Title)) > 0");
                    table.ForeignKey(
                        name: "FK_Conferences_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_ConferenceId_Position",
                table: "AgendaItems",
                columns: new[] { "ConferenceId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_PresenterUnitId",
                table: "AgendaItems",
                column: "PresenterUnitId");

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
                name: "IX_Conferences_PlanId",
                table: "Conferences",
                column: "PlanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgendaItems");

            migrationBuilder.DropTable(
                name: "ConferenceChecklistItems");

            migrationBuilder.DropTable(
                name: "ConferenceInvitedUnits");

            migrationBuilder.DropTable(
                name: "ConferenceInvitees");

            migrationBuilder.DropTable(
                name: "Conferences");
        }
    }
}
