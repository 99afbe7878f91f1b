using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace SteeringDashboard.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Event = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Target = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TitleVi = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DayDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DayDateNoteVi = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    DayDateNoteEn = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReviewAsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HasDemoData = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Id);
                    table.CheckConstraint("CK_Plans_Period", "PeriodStart <= PeriodEnd");
                });

            migrationBuilder.CreateTable(
                name: "Programmes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<int>(type: "INTEGER", nullable: false),
                    NameVi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Programmes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Units",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NameVi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    ContactPerson = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => x.Id);
                    table.CheckConstraint("CK_Units_Kind", "Kind BETWEEN 1 AND 5");
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                    RecordVersion = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvitationsVersion = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChecklistVersion = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgendaVersion = table.Column<Guid>(type: "TEXT", nullable: false)
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
                name: "ReportTypes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NameVi = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CutoffDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportTypes", x => x.Id);
                    table.CheckConstraint("CK_ReportTypes_Cutoff", "PeriodEnd <= CutoffDate AND CutoffDate <= DueDate");
                    table.CheckConstraint("CK_ReportTypes_Period", "PeriodStart <= PeriodEnd");
                    table.ForeignKey(
                        name: "FK_ReportTypes_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    NameVi = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Group = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsSensitive = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsHeadline = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indicators_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    IsDisabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    MustChangePassword = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Campaigns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    NameVi = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LeadUnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Campaigns", x => x.Id);
                    table.CheckConstraint("CK_Campaigns_Period", "StartDate <= EndDate");
                    table.ForeignKey(
                        name: "FK_Campaigns_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Campaigns_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Campaigns_Units_LeadUnitId",
                        column: x => x.LeadUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanTasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Section = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    TextVi = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TextEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    LeadUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTasks", x => x.Id);
                    table.CheckConstraint("CK_PlanTasks_Dates", "StartDate <= DueDate");
                    table.CheckConstraint("CK_PlanTasks_Number", "Number > 0");
                    table.ForeignKey(
                        name: "FK_PlanTasks_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanTasks_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanTasks_Units_LeadUnitId",
                        column: x => x.LeadUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                    ProposedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApprovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
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
                name: "ConferenceReportSections",
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
                    table.PrimaryKey("PK_ConferenceReportSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConferenceReportSections_Conferences_ConferenceId",
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
                    Audience = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: false),
                    FiguresJson = table.Column<string>(type: "TEXT", nullable: true),
                    PapersJson = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PackVersions", x => x.Id);
                    table.CheckConstraint("CK_PackVersions_Audience", "Audience IN (1, 2)");
                    table.CheckConstraint("CK_PackVersions_Number", "Number >= 1");
                    table.ForeignKey(
                        name: "FK_PackVersions_Conferences_ConferenceId",
                        column: x => x.ConferenceId,
                        principalTable: "Conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExpectedReports",
                columns: table => new
                {
                    ReportTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpectedReports", x => new { x.ReportTypeId, x.UnitId });
                    table.ForeignKey(
                        name: "FK_ExpectedReports_ReportTypes_ReportTypeId",
                        column: x => x.ReportTypeId,
                        principalTable: "ReportTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExpectedReports_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorUnitKinds",
                columns: table => new
                {
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorUnitKinds", x => new { x.IndicatorId, x.Kind });
                    table.ForeignKey(
                        name: "FK_IndicatorUnitKinds_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorValueChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    OldValue = table.Column<int>(type: "INTEGER", nullable: true),
                    NewValue = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValueChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorValueChanges_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndicatorValueChanges_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorValues",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValues", x => x.Id);
                    table.CheckConstraint("CK_IndicatorValues_Month", "Month BETWEEN 1 AND 12");
                    table.CheckConstraint("CK_IndicatorValues_Value", "Value >= 0");
                    table.ForeignKey(
                        name: "FK_IndicatorValues_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndicatorValues_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportTypeIndicators",
                columns: table => new
                {
                    ReportTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportTypeIndicators", x => new { x.ReportTypeId, x.IndicatorId });
                    table.ForeignKey(
                        name: "FK_ReportTypeIndicators_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportTypeIndicators_ReportTypes_ReportTypeId",
                        column: x => x.ReportTypeId,
                        principalTable: "ReportTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CampaignResults",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignResults", x => x.Id);
                    table.CheckConstraint("CK_CampaignResults_Value", "Value >= 0");
                    table.ForeignKey(
                        name: "FK_CampaignResults_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CampaignResults_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CampaignResults_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CampaignTarget",
                columns: table => new
                {
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Target = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignTarget", x => new { x.CampaignId, x.IndicatorId });
                    table.CheckConstraint("CK_CampaignTargets_Target", "Target >= 0");
                    table.ForeignKey(
                        name: "FK_CampaignTarget_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CampaignTarget_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CampaignUnit",
                columns: table => new
                {
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignUnit", x => new { x.CampaignId, x.UnitId });
                    table.ForeignKey(
                        name: "FK_CampaignUnit_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CampaignUnit_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Assignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanTaskId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assignments", x => x.Id);
                    table.CheckConstraint("CK_Assignments_Completed", "(State = 2 AND Progress = 100 AND CompletedOn IS NOT NULL) OR (State <> 2 AND CompletedOn IS NULL)");
                    table.CheckConstraint("CK_Assignments_Progress", "Progress BETWEEN 0 AND 100");
                    table.CheckConstraint("CK_Assignments_State", "State BETWEEN 0 AND 2");
                    table.ForeignKey(
                        name: "FK_Assignments_PlanTasks_PlanTaskId",
                        column: x => x.PlanTaskId,
                        principalTable: "PlanTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Assignments_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanTaskCooperatingUnit",
                columns: table => new
                {
                    PlanTaskId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTaskCooperatingUnit", x => new { x.PlanTaskId, x.UnitId });
                    table.ForeignKey(
                        name: "FK_PlanTaskCooperatingUnit_PlanTasks_PlanTaskId",
                        column: x => x.PlanTaskId,
                        principalTable: "PlanTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanTaskCooperatingUnit_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AgendaDocuments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgendaItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaDocuments", x => x.Id);
                    table.CheckConstraint("CK_AgendaDocuments_Size", "SizeBytes > 0");
                    table.ForeignKey(
                        name: "FK_AgendaDocuments_AgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItems",
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
                    table.CheckConstraint("CK_CommendationHistory_Reason", "(\"to\" = 4 AND Reason IS NOT NULL) OR (\"to\" <> 4 AND Reason IS NULL)");
                    table.CheckConstraint("CK_CommendationHistory_To", "\"to\" BETWEEN 1 AND 4");
                    table.ForeignKey(
                        name: "FK_CommendationHistory_Commendations_CommendationId",
                        column: x => x.CommendationId,
                        principalTable: "Commendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitReports", x => x.Id);
                    table.CheckConstraint("CK_UnitReports_ReturnReason", "(State = 2 AND ReturnReason IS NOT NULL AND length(ReturnReason) BETWEEN 1 AND 1000) OR (State = 1 AND ReturnReason IS NULL)");
                    table.CheckConstraint("CK_UnitReports_State", "State BETWEEN 1 AND 2");
                    table.CheckConstraint("CK_UnitReports_Summary", "length(Summary) BETWEEN 1 AND 4000");
                    table.ForeignKey(
                        name: "FK_UnitReports_ExpectedReports_ReportTypeId_UnitId",
                        columns: x => new { x.ReportTypeId, x.UnitId },
                        principalTable: "ExpectedReports",
                        principalColumns: new[] { "ReportTypeId", "UnitId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnitReports_ReportTypes_ReportTypeId",
                        column: x => x.ReportTypeId,
                        principalTable: "ReportTypes",
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

            migrationBuilder.CreateTable(
                name: "AssignmentHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssignmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OldState = table.Column<int>(type: "INTEGER", nullable: true),
                    NewState = table.Column<int>(type: "INTEGER", nullable: false),
                    OldProgress = table.Column<int>(type: "INTEGER", nullable: true),
                    NewProgress = table.Column<int>(type: "INTEGER", nullable: false),
                    OldCompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NewCompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    EvidenceUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssignmentHistory", x => x.Id);
                    table.CheckConstraint("CK_AssignmentHistory_Completed", "(NewState = 2 AND NewProgress = 100 AND NewCompletedOn IS NOT NULL) OR (NewState <> 2 AND NewCompletedOn IS NULL)");
                    table.CheckConstraint("CK_AssignmentHistory_Note", "Note IS NULL OR length(Note) <= 1000");
                    table.CheckConstraint("CK_AssignmentHistory_Progress", "NewProgress BETWEEN 0 AND 100 AND (OldProgress IS NULL OR OldProgress BETWEEN 0 AND 100)");
                    table.ForeignKey(
                        name: "FK_AssignmentHistory_Assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "Assignments",
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
                    table.CheckConstraint("CK_CommendationLinks_ExactlyOne", "(CASE WHEN AssignmentId IS NULL THEN 0 ELSE 1 END) + (CASE WHEN IndicatorId IS NULL THEN 0 ELSE 1 END) + (CASE WHEN CampaignId IS NULL THEN 0 ELSE 1 END) = 1");
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

            migrationBuilder.CreateTable(
                name: "UnitReportFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitReportFigures", x => x.Id);
                    table.CheckConstraint("CK_UnitReportFigures_Value", "Value >= 0");
                    table.ForeignKey(
                        name: "FK_UnitReportFigures_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnitReportFigures_UnitReports_UnitReportId",
                        column: x => x.UnitReportId,
                        principalTable: "UnitReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitReportHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Change = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Figures = table.Column<string>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitReportHistory", x => x.Id);
                    table.CheckConstraint("CK_UnitReportHistory_Change", "Change BETWEEN 1 AND 3");
                    table.CheckConstraint("CK_UnitReportHistory_Content", "(Change = 3 AND Reason IS NOT NULL AND Summary IS NULL) OR (Change <> 3 AND Reason IS NULL AND Summary IS NOT NULL)");
                    table.ForeignKey(
                        name: "FK_UnitReportHistory_UnitReports_UnitReportId",
                        column: x => x.UnitReportId,
                        principalTable: "UnitReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "UnitReportAttachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    AddedInHistoryId = table.Column<long>(type: "INTEGER", nullable: false),
                    RemovedInHistoryId = table.Column<long>(type: "INTEGER", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitReportAttachments", x => x.Id);
                    table.CheckConstraint("CK_UnitReportAttachments_Removed", "RemovedInHistoryId IS NULL OR RemovedInHistoryId > AddedInHistoryId");
                    table.CheckConstraint("CK_UnitReportAttachments_Size", "SizeBytes > 0");
                    table.ForeignKey(
                        name: "FK_UnitReportAttachments_UnitReportHistory_AddedInHistoryId",
                        column: x => x.AddedInHistoryId,
                        principalTable: "UnitReportHistory",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_UnitReportAttachments_UnitReportHistory_RemovedInHistoryId",
                        column: x => x.RemovedInHistoryId,
                        principalTable: "UnitReportHistory",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_UnitReportAttachments_UnitReports_UnitReportId",
                        column: x => x.UnitReportId,
                        principalTable: "UnitReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "AspNetRoles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[,]
                {
                    { "role-administrator", "role-administrator", "Administrator", "ADMINISTRATOR" },
                    { "role-committeemember", "role-committeemember", "CommitteeMember", "COMMITTEEMEMBER" },
                    { "role-secretariat", "role-secretariat", "Secretariat", "SECRETARIAT" },
                    { "role-standingagency", "role-standingagency", "StandingAgency", "STANDINGAGENCY" },
                    { "role-unitreporter", "role-unitreporter", "UnitReporter", "UNITREPORTER" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaDocuments_AgendaItemId",
                table: "AgendaDocuments",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaDocuments_StoredName",
                table: "AgendaDocuments",
                column: "StoredName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_ConferenceId_Position",
                table: "AgendaItems",
                columns: new[] { "ConferenceId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_PresenterUnitId",
                table: "AgendaItems",
                column: "PresenterUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_UnitId",
                table: "AspNetUsers",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

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
                name: "IX_AssignmentHistory_AssignmentId_ChangedAtUtc",
                table: "AssignmentHistory",
                columns: new[] { "AssignmentId", "ChangedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_PlanTaskId_UnitId",
                table: "Assignments",
                columns: new[] { "PlanTaskId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_UnitId",
                table: "Assignments",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_OccurredAtUtc",
                table: "AuditEntries",
                column: "OccurredAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserId_OccurredAtUtc",
                table: "AuditEntries",
                columns: new[] { "UserId", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignResultHistory_CampaignResultId",
                table: "CampaignResultHistory",
                column: "CampaignResultId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignResults_CampaignId_UnitId_IndicatorId",
                table: "CampaignResults",
                columns: new[] { "CampaignId", "UnitId", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CampaignResults_IndicatorId",
                table: "CampaignResults",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignResults_UnitId",
                table: "CampaignResults",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_LeadUnitId",
                table: "Campaigns",
                column: "LeadUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_PlanId",
                table: "Campaigns",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_ProgrammeId",
                table: "Campaigns",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignTarget_IndicatorId",
                table: "CampaignTarget",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignUnit_UnitId",
                table: "CampaignUnit",
                column: "UnitId");

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
                name: "IX_ConferenceReportSections_ConferenceId_Key",
                table: "ConferenceReportSections",
                columns: new[] { "ConferenceId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Conferences_PlanId",
                table: "Conferences",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_ExpectedReports_UnitId",
                table: "ExpectedReports",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Code",
                table: "Indicators",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_ProgrammeId",
                table: "Indicators",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValueChanges_IndicatorId",
                table: "IndicatorValueChanges",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValueChanges_UnitId_IndicatorId_Year_Month_ChangedAtUtc",
                table: "IndicatorValueChanges",
                columns: new[] { "UnitId", "IndicatorId", "Year", "Month", "ChangedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_IndicatorId_UnitId_Year_Month",
                table: "IndicatorValues",
                columns: new[] { "IndicatorId", "UnitId", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_IndicatorId_Year_Month_UnitId_Value",
                table: "IndicatorValues",
                columns: new[] { "IndicatorId", "Year", "Month", "UnitId", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_UnitId_Year_Month",
                table: "IndicatorValues",
                columns: new[] { "UnitId", "Year", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_Year_Month",
                table: "IndicatorValues",
                columns: new[] { "Year", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_PackVersions_ConferenceId_Number",
                table: "PackVersions",
                columns: new[] { "ConferenceId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plans_Year_Number",
                table: "Plans",
                columns: new[] { "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanTaskCooperatingUnit_UnitId",
                table: "PlanTaskCooperatingUnit",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanTasks_LeadUnitId",
                table: "PlanTasks",
                column: "LeadUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanTasks_PlanId_Number",
                table: "PlanTasks",
                columns: new[] { "PlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanTasks_ProgrammeId",
                table: "PlanTasks",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_Code",
                table: "Programmes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportTypeIndicators_IndicatorId",
                table: "ReportTypeIndicators",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportTypes_PlanId_Code",
                table: "ReportTypes",
                columns: new[] { "PlanId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitReportAttachments_AddedInHistoryId",
                table: "UnitReportAttachments",
                column: "AddedInHistoryId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitReportAttachments_RemovedInHistoryId",
                table: "UnitReportAttachments",
                column: "RemovedInHistoryId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitReportAttachments_StoredName",
                table: "UnitReportAttachments",
                column: "StoredName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitReportAttachments_UnitReportId",
                table: "UnitReportAttachments",
                column: "UnitReportId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitReportFigures_IndicatorId",
                table: "UnitReportFigures",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitReportFigures_UnitReportId_IndicatorId",
                table: "UnitReportFigures",
                columns: new[] { "UnitReportId", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitReportHistory_UnitReportId_ChangedAtUtc",
                table: "UnitReportHistory",
                columns: new[] { "UnitReportId", "ChangedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_UnitReports_ReportTypeId_UnitId",
                table: "UnitReports",
                columns: new[] { "ReportTypeId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitReports_UnitId",
                table: "UnitReports",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Units_Code",
                table: "Units",
                column: "Code",
                unique: true);

            // The audit log and the history of figures are append-only: the store itself refuses updates and deletes.
            foreach (var (table, what) in new[] { ("AuditEntries", "The audit log"), ("IndicatorValueChanges", "The history of figures") })
            {
                foreach (var operation in new[] { "Update", "Delete" })
                {
                    migrationBuilder.Sql(
                        $"CREATE TRIGGER {table}_AppendOnly_{operation} BEFORE {operation.ToUpperInvariant()} ON {table} " +
                        $"BEGIN SELECT RAISE(ABORT, '{what} is append-only'); END;");
                }
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgendaDocuments");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AssignmentEvidence");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CampaignResultHistory");

            migrationBuilder.DropTable(
                name: "CampaignTarget");

            migrationBuilder.DropTable(
                name: "CampaignUnit");

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
                name: "ConferenceReportSections");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "IndicatorUnitKinds");

            migrationBuilder.DropTable(
                name: "IndicatorValueChanges");

            migrationBuilder.DropTable(
                name: "IndicatorValues");

            migrationBuilder.DropTable(
                name: "PackVersions");

            migrationBuilder.DropTable(
                name: "PlanTaskCooperatingUnit");

            migrationBuilder.DropTable(
                name: "ReportTypeIndicators");

            migrationBuilder.DropTable(
                name: "UnitReportAttachments");

            migrationBuilder.DropTable(
                name: "UnitReportFigures");

            migrationBuilder.DropTable(
                name: "AgendaItems");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "AssignmentHistory");

            migrationBuilder.DropTable(
                name: "CampaignResults");

            migrationBuilder.DropTable(
                name: "Commendations");

            migrationBuilder.DropTable(
                name: "UnitReportHistory");

            migrationBuilder.DropTable(
                name: "Assignments");

            migrationBuilder.DropTable(
                name: "Campaigns");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "Conferences");

            migrationBuilder.DropTable(
                name: "UnitReports");

            migrationBuilder.DropTable(
                name: "PlanTasks");

            migrationBuilder.DropTable(
                name: "ExpectedReports");

            migrationBuilder.DropTable(
                name: "Programmes");

            migrationBuilder.DropTable(
                name: "ReportTypes");

            migrationBuilder.DropTable(
                name: "Units");

            migrationBuilder.DropTable(
                name: "Plans");
        }
    }
}
