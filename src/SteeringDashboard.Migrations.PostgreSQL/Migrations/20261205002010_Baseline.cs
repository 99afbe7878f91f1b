using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace SteeringDashboard.Migrations.PostgreSQL.Migrations
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "aspnetroles",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    normalizedname = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    concurrencystamp = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetroles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "auditentries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    occurredatutc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    @event = table.Column<string>(name: "event", type: "character varying(40)", maxLength: 40, nullable: false),
                    userid = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true, collation: "C"),
                    username = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    target = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true, collation: "C"),
                    address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_auditentries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "dataprotectionkeys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendlyname = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    xml = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dataprotectionkeys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "plans",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    year = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    titlevi = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    titleen = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    issuedon = table.Column<DateOnly>(type: "date", nullable: false),
                    daydate = table.Column<DateOnly>(type: "date", nullable: false),
                    daydatenotevi = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true, collation: "C"),
                    daydatenoteen = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true, collation: "C"),
                    periodstart = table.Column<DateOnly>(type: "date", nullable: false),
                    periodend = table.Column<DateOnly>(type: "date", nullable: false),
                    reviewasof = table.Column<DateOnly>(type: "date", nullable: false),
                    hasdemodata = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plans", x => x.id);
                    table.CheckConstraint("CK_Plans_Period", "PeriodStart <= PeriodEnd");
                });

            migrationBuilder.CreateTable(
                name: "programmes",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<int>(type: "integer", nullable: false),
                    namevi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    nameen = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programmes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "units",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    namevi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    nameen = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    isdemo = table.Column<bool>(type: "boolean", nullable: false),
                    contactperson = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    contactphone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true, collation: "C"),
                    contactemail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_units", x => x.id);
                    table.CheckConstraint("CK_Units_Kind", "Kind BETWEEN 1 AND 5");
                });

            migrationBuilder.CreateTable(
                name: "aspnetroleclaims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    roleid = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    claimtype = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    claimvalue = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetroleclaims", x => x.id);
                    table.ForeignKey(
                        name: "fk_aspnetroleclaims_aspnetroles_roleid",
                        column: x => x.roleid,
                        principalTable: "aspnetroles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conferences",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    planid = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    venue = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    chair = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    periodstart = table.Column<DateOnly>(type: "date", nullable: false),
                    periodend = table.Column<DateOnly>(type: "date", nullable: false),
                    cutoffdate = table.Column<DateOnly>(type: "date", nullable: false),
                    updatedatutc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updatedby = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    recordversion = table.Column<Guid>(type: "uuid", nullable: false),
                    invitationsversion = table.Column<Guid>(type: "uuid", nullable: false),
                    checklistversion = table.Column<Guid>(type: "uuid", nullable: false),
                    agendaversion = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conferences", x => x.id);
                    table.CheckConstraint("CK_Conferences_Period", "PeriodStart <= PeriodEnd");
                    table.CheckConstraint("CK_Conferences_Title", "length(trim(Title)) > 0");
                    table.ForeignKey(
                        name: "fk_conferences_plans_planid",
                        column: x => x.planid,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reporttypes",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    planid = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    namevi = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    nameen = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    periodstart = table.Column<DateOnly>(type: "date", nullable: false),
                    periodend = table.Column<DateOnly>(type: "date", nullable: false),
                    cutoffdate = table.Column<DateOnly>(type: "date", nullable: false),
                    duedate = table.Column<DateOnly>(type: "date", nullable: false),
                    sortorder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reporttypes", x => x.id);
                    table.CheckConstraint("CK_ReportTypes_Cutoff", "PeriodEnd <= CutoffDate AND CutoffDate <= DueDate");
                    table.CheckConstraint("CK_ReportTypes_Period", "PeriodStart <= PeriodEnd");
                    table.ForeignKey(
                        name: "fk_reporttypes_plans_planid",
                        column: x => x.planid,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "indicators",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false, collation: "C"),
                    namevi = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    nameen = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    programmeid = table.Column<int>(type: "integer", nullable: false),
                    group = table.Column<int>(type: "integer", nullable: false),
                    sortorder = table.Column<int>(type: "integer", nullable: false),
                    issensitive = table.Column<bool>(type: "boolean", nullable: false),
                    isheadline = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicators", x => x.id);
                    table.ForeignKey(
                        name: "fk_indicators_programmes_programmeid",
                        column: x => x.programmeid,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "aspnetusers",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    displayname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    unitid = table.Column<int>(type: "integer", nullable: true),
                    isdisabled = table.Column<bool>(type: "boolean", nullable: false),
                    mustchangepassword = table.Column<bool>(type: "boolean", nullable: false),
                    createdatutc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    username = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    normalizedusername = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    normalizedemail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    emailconfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    passwordhash = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    securitystamp = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    concurrencystamp = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    phonenumber = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    phonenumberconfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    twofactorenabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockoutend = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockoutenabled = table.Column<bool>(type: "boolean", nullable: false),
                    accessfailedcount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetusers", x => x.id);
                    table.ForeignKey(
                        name: "fk_aspnetusers_units_unitid",
                        column: x => x.unitid,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "campaigns",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    planid = table.Column<int>(type: "integer", nullable: false),
                    namevi = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    nameen = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    programmeid = table.Column<int>(type: "integer", nullable: false),
                    startdate = table.Column<DateOnly>(type: "date", nullable: false),
                    enddate = table.Column<DateOnly>(type: "date", nullable: false),
                    leadunitid = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaigns", x => x.id);
                    table.CheckConstraint("CK_Campaigns_Period", "StartDate <= EndDate");
                    table.ForeignKey(
                        name: "fk_campaigns_plans_planid",
                        column: x => x.planid,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_campaigns_programmes_programmeid",
                        column: x => x.programmeid,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_campaigns_units_leadunitid",
                        column: x => x.leadunitid,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plantasks",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    planid = table.Column<int>(type: "integer", nullable: false),
                    section = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    textvi = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    texten = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    programmeid = table.Column<int>(type: "integer", nullable: false),
                    leadunitid = table.Column<int>(type: "integer", nullable: true),
                    startdate = table.Column<DateOnly>(type: "date", nullable: false),
                    duedate = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plantasks", x => x.id);
                    table.CheckConstraint("CK_PlanTasks_Dates", "StartDate <= DueDate");
                    table.CheckConstraint("CK_PlanTasks_Number", "Number > 0");
                    table.ForeignKey(
                        name: "fk_plantasks_plans_planid",
                        column: x => x.planid,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_plantasks_programmes_programmeid",
                        column: x => x.programmeid,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_plantasks_units_leadunitid",
                        column: x => x.leadunitid,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "agendaitems",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conferenceid = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    presenterunitid = table.Column<int>(type: "integer", nullable: true),
                    presentername = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    durationminutes = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agendaitems", x => x.id);
                    table.CheckConstraint("CK_AgendaItems_Duration", "DurationMinutes BETWEEN 1 AND 480");
                    table.CheckConstraint("CK_AgendaItems_Position", "Position >= 1");
                    table.CheckConstraint("CK_AgendaItems_Presenter", "(PresenterUnitId IS NULL) <> (PresenterName IS NULL)");
                    table.ForeignKey(
                        name: "fk_agendaitems_conferences_conferenceid",
                        column: x => x.conferenceid,
                        principalTable: "conferences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_agendaitems_units_presenterunitid",
                        column: x => x.presenterunitid,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "commendations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conferenceid = table.Column<int>(type: "integer", nullable: false),
                    nomineename = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    nomineekind = table.Column<int>(type: "integer", nullable: false),
                    unitid = table.Column<int>(type: "integer", nullable: false),
                    form = table.Column<int>(type: "integer", nullable: false),
                    achievement = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "C"),
                    state = table.Column<int>(type: "integer", nullable: false),
                    rejectionreason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true, collation: "C"),
                    readingorder = table.Column<int>(type: "integer", nullable: true),
                    proposedatutc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    proposedby = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    proposedbyuserid = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true, collation: "C"),
                    approvedby = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    approvedatutc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    updatedatutc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commendations", x => x.id);
                    table.CheckConstraint("CK_Commendations_Achievement", "length(trim(Achievement)) > 0");
                    table.CheckConstraint("CK_Commendations_Form", "Form BETWEEN 1 AND 3");
                    table.CheckConstraint("CK_Commendations_NomineeKind", "NomineeKind BETWEEN 1 AND 2");
                    table.CheckConstraint("CK_Commendations_NomineeName", "length(trim(NomineeName)) > 0");
                    table.CheckConstraint("CK_Commendations_ReadingOrder", "(State = 3 AND ReadingOrder IS NOT NULL AND ReadingOrder >= 1) OR (State <> 3 AND ReadingOrder IS NULL)");
                    table.CheckConstraint("CK_Commendations_RejectionReason", "(State = 4 AND RejectionReason IS NOT NULL AND length(trim(RejectionReason)) > 0) OR (State <> 4 AND RejectionReason IS NULL)");
                    table.CheckConstraint("CK_Commendations_State", "State BETWEEN 1 AND 4");
                    table.ForeignKey(
                        name: "fk_commendations_conferences_conferenceid",
                        column: x => x.conferenceid,
                        principalTable: "conferences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_commendations_units_unitid",
                        column: x => x.unitid,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "conferencechecklistitems",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conferenceid = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C"),
                    owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    duedate = table.Column<DateOnly>(type: "date", nullable: true),
                    done = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conferencechecklistitems", x => x.id);
                    table.CheckConstraint("CK_ConferenceChecklistItems_Text", "length(trim(Text)) > 0");
                    table.ForeignKey(
                        name: "fk_conferencechecklistitems_conferences_conferenceid",
                        column: x => x.conferenceid,
                        principalTable: "conferences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conferenceinvitedunits",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conferenceid = table.Column<int>(type: "integer", nullable: false),
                    unitid = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conferenceinvitedunits", x => x.id);
                    table.ForeignKey(
                        name: "fk_conferenceinvitedunits_conferences_conferenceid",
                        column: x => x.conferenceid,
                        principalTable: "conferences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_conferenceinvitedunits_units_unitid",
                        column: x => x.unitid,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "conferenceinvitees",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conferenceid = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    position = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conferenceinvitees", x => x.id);
                    table.CheckConstraint("CK_ConferenceInvitees_Name", "length(trim(Name)) > 0");
                    table.ForeignKey(
                        name: "fk_conferenceinvitees_conferences_conferenceid",
                        column: x => x.conferenceid,
                        principalTable: "conferences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conferencereportsections",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conferenceid = table.Column<int>(type: "integer", nullable: false),
                    key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false, collation: "C"),
                    updatedatutc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updatedby = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conferencereportsections", x => x.id);
                    table.ForeignKey(
                        name: "fk_conferencereportsections_conferences_conferenceid",
                        column: x => x.conferenceid,
                        principalTable: "conferences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "packversions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conferenceid = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    frozenatutc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    frozenby = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    cutoffdate = table.Column<DateOnly>(type: "date", nullable: false),
                    audience = table.Column<int>(type: "integer", nullable: false),
                    contentjson = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    figuresjson = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    papersjson = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_packversions", x => x.id);
                    table.CheckConstraint("CK_PackVersions_Audience", "Audience IN (1, 2)");
                    table.CheckConstraint("CK_PackVersions_Number", "Number >= 1");
                    table.ForeignKey(
                        name: "fk_packversions_conferences_conferenceid",
                        column: x => x.conferenceid,
                        principalTable: "conferences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "expectedreports",
                columns: table => new
                {
                    reporttypeid = table.Column<int>(type: "integer", nullable: false),
                    unitid = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_expectedreports", x => new { x.reporttypeid, x.unitid });
                    table.ForeignKey(
                        name: "fk_expectedreports_reporttypes_reporttypeid",
                        column: x => x.reporttypeid,
                        principalTable: "reporttypes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_expectedreports_units_unitid",
                        column: x => x.unitid,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "indicatorunitkinds",
                columns: table => new
                {
                    indicatorid = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicatorunitkinds", x => new { x.indicatorid, x.kind });
                    table.ForeignKey(
                        name: "fk_indicatorunitkinds_indicators_indicatorid",
                        column: x => x.indicatorid,
                        principalTable: "indicators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "indicatorvaluechanges",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    indicatorid = table.Column<int>(type: "integer", nullable: false),
                    unitid = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    oldvalue = table.Column<int>(type: "integer", nullable: true),
                    newvalue = table.Column<int>(type: "integer", nullable: false),
                    changedatutc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    userid = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false, collation: "C"),
                    changedby = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicatorvaluechanges", x => x.id);
                    table.ForeignKey(
                        name: "fk_indicatorvaluechanges_indicators_indicatorid",
                        column: x => x.indicatorid,
                        principalTable: "indicators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_indicatorvaluechanges_units_unitid",
                        column: x => x.unitid,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "indicatorvalues",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    indicatorid = table.Column<int>(type: "integer", nullable: false),
                    unitid = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    value = table.Column<int>(type: "integer", nullable: false),
                    updatedatutc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updatedby = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicatorvalues", x => x.id);
                    table.CheckConstraint("CK_IndicatorValues_Month", "Month BETWEEN 1 AND 12");
                    table.CheckConstraint("CK_IndicatorValues_Value", "Value >= 0");
                    table.ForeignKey(
                        name: "fk_indicatorvalues_indicators_indicatorid",
                        column: x => x.indicatorid,
                        principalTable: "indicators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_indicatorvalues_units_unitid",
                        column: x => x.unitid,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reporttypeindicators",
                columns: table => new
                {
                    reporttypeid = table.Column<int>(type: "integer", nullable: false),
                    indicatorid = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reporttypeindicators", x => new { x.reporttypeid, x.indicatorid });
                    table.ForeignKey(
                        name: "fk_reporttypeindicators_indicators_indicatorid",
                        column: x => x.indicatorid,
                        principalTable: "indicators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_reporttypeindicators_reporttypes_reporttypeid",
                        column: x => x.reporttypeid,
                        principalTable: "reporttypes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "aspnetuserclaims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    userid = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    claimtype = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    claimvalue = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetuserclaims", x => x.id);
                    table.ForeignKey(
                        name: "fk_aspnetuserclaims_aspnetusers_userid",
                        column: x => x.userid,
                        principalTable: "aspnetusers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "aspnetuserlogins",
                columns: table => new
                {
                    loginprovider = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    providerkey = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    providerdisplayname = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    userid = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetuserlogins", x => new { x.loginprovider, x.providerkey });
                    table.ForeignKey(
                        name: "fk_aspnetuserlogins_aspnetusers_userid",
                        column: x => x.userid,
                        principalTable: "aspnetusers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "aspnetuserroles",
                columns: table => new
                {
                    userid = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    roleid = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetuserroles", x => new { x.userid, x.roleid });
                    table.ForeignKey(
                        name: "fk_aspnetuserroles_aspnetroles_roleid",
                        column: x => x.roleid,
                        principalTable: "aspnetroles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_aspnetuserroles_aspnetusers_userid",
                        column: x => x.userid,
                        principalTable: "aspnetusers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "aspnetusertokens",
                columns: table => new
                {
                    userid = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    loginprovider = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    value = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetusertokens", x => new { x.userid, x.loginprovider, x.name });
                    table.ForeignKey(
                        name: "fk_aspnetusertokens_aspnetusers_userid",
                        column: x => x.userid,
                        principalTable: "aspnetusers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "campaignresults",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    campaignid = table.Column<int>(type: "integer", nullable: false),
                    unitid = table.Column<int>(type: "integer", nullable: false),
                    indicatorid = table.Column<int>(type: "integer", nullable: false),
                    value = table.Column<int>(type: "integer", nullable: false),
                    updatedatutc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updatedby = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaignresults", x => x.id);
                    table.CheckConstraint("CK_CampaignResults_Value", "Value >= 0");
                    table.ForeignKey(
                        name: "fk_campaignresults_campaigns_campaignid",
                        column: x => x.campaignid,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_campaignresults_indicators_indicatorid",
                        column: x => x.indicatorid,
                        principalTable: "indicators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_campaignresults_units_unitid",
                        column: x => x.unitid,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "campaigntarget",
                columns: table => new
                {
                    campaignid = table.Column<int>(type: "integer", nullable: false),
                    indicatorid = table.Column<int>(type: "integer", nullable: false),
                    target = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaigntarget", x => new { x.campaignid, x.indicatorid });
                    table.CheckConstraint("CK_CampaignTargets_Target", "Target >= 0");
                    table.ForeignKey(
                        name: "fk_campaigntarget_campaigns_campaignid",
                        column: x => x.campaignid,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_campaigntarget_indicators_indicatorid",
                        column: x => x.indicatorid,
                        principalTable: "indicators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "campaignunit",
                columns: table => new
                {
                    campaignid = table.Column<int>(type: "integer", nullable: false),
                    unitid = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaignunit", x => new { x.campaignid, x.unitid });
                    table.ForeignKey(
                        name: "fk_campaignunit_campaigns_campaignid",
                        column: x => x.campaignid,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_campaignunit_units_unitid",
                        column: x => x.unitid,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assignments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    plantaskid = table.Column<int>(type: "integer", nullable: false),
                    unitid = table.Column<int>(type: "integer", nullable: false),
                    duedate = table.Column<DateOnly>(type: "date", nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    progress = table.Column<int>(type: "integer", nullable: false),
                    completedon = table.Column<DateOnly>(type: "date", nullable: true),
                    updatedatutc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assignments", x => x.id);
                    table.CheckConstraint("CK_Assignments_Completed", "(State = 2 AND Progress = 100 AND CompletedOn IS NOT NULL) OR (State <> 2 AND CompletedOn IS NULL)");
                    table.CheckConstraint("CK_Assignments_Progress", "Progress BETWEEN 0 AND 100");
                    table.CheckConstraint("CK_Assignments_State", "State BETWEEN 0 AND 2");
                    table.ForeignKey(
                        name: "fk_assignments_plantasks_plantaskid",
                        column: x => x.plantaskid,
                        principalTable: "plantasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_assignments_units_unitid",
                        column: x => x.unitid,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plantaskcooperatingunit",
                columns: table => new
                {
                    plantaskid = table.Column<int>(type: "integer", nullable: false),
                    unitid = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plantaskcooperatingunit", x => new { x.plantaskid, x.unitid });
                    table.ForeignKey(
                        name: "fk_plantaskcooperatingunit_plantasks_plantaskid",
                        column: x => x.plantaskid,
                        principalTable: "plantasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_plantaskcooperatingunit_units_unitid",
                        column: x => x.unitid,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "agendadocuments",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    agendaitemid = table.Column<int>(type: "integer", nullable: false),
                    filename = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false, collation: "C"),
                    contenttype = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    sizebytes = table.Column<long>(type: "bigint", nullable: false),
                    storedname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    uploadedatutc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    uploadedby = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agendadocuments", x => x.id);
                    table.CheckConstraint("CK_AgendaDocuments_Size", "SizeBytes > 0");
                    table.ForeignKey(
                        name: "fk_agendadocuments_agendaitems_agendaitemid",
                        column: x => x.agendaitemid,
                        principalTable: "agendaitems",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "commendationhistory",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    commendationid = table.Column<int>(type: "integer", nullable: false),
                    changedatutc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    changedby = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    from = table.Column<int>(type: "integer", nullable: true),
                    to = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commendationhistory", x => x.id);
                    table.CheckConstraint("CK_CommendationHistory_Reason", "(\"to\" = 4 AND Reason IS NOT NULL) OR (\"to\" <> 4 AND Reason IS NULL)");
                    table.CheckConstraint("CK_CommendationHistory_To", "\"to\" BETWEEN 1 AND 4");
                    table.ForeignKey(
                        name: "fk_commendationhistory_commendations_commendationid",
                        column: x => x.commendationid,
                        principalTable: "commendations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "unitreports",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    reporttypeid = table.Column<int>(type: "integer", nullable: false),
                    unitid = table.Column<int>(type: "integer", nullable: false),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "C"),
                    state = table.Column<int>(type: "integer", nullable: false),
                    submittedatutc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    submittedby = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    updatedatutc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    returnreason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true, collation: "C"),
                    version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unitreports", x => x.id);
                    table.CheckConstraint("CK_UnitReports_ReturnReason", "(State = 2 AND ReturnReason IS NOT NULL AND length(ReturnReason) BETWEEN 1 AND 1000) OR (State = 1 AND ReturnReason IS NULL)");
                    table.CheckConstraint("CK_UnitReports_State", "State BETWEEN 1 AND 2");
                    table.CheckConstraint("CK_UnitReports_Summary", "length(Summary) BETWEEN 1 AND 4000");
                    table.ForeignKey(
                        name: "fk_unitreports_expectedreports_reporttypeid_unitid",
                        columns: x => new { x.reporttypeid, x.unitid },
                        principalTable: "expectedreports",
                        principalColumns: new[] { "reporttypeid", "unitid" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_unitreports_reporttypes_reporttypeid",
                        column: x => x.reporttypeid,
                        principalTable: "reporttypes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "campaignresulthistory",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    campaignresultid = table.Column<long>(type: "bigint", nullable: false),
                    changedatutc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    changedby = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    oldvalue = table.Column<int>(type: "integer", nullable: true),
                    newvalue = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaignresulthistory", x => x.id);
                    table.CheckConstraint("CK_CampaignResultHistory_Value", "NewValue >= 0 AND (OldValue IS NULL OR OldValue >= 0)");
                    table.ForeignKey(
                        name: "fk_campaignresulthistory_campaignresults_campaignresultid",
                        column: x => x.campaignresultid,
                        principalTable: "campaignresults",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assignmenthistory",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    assignmentid = table.Column<int>(type: "integer", nullable: false),
                    changedatutc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    changedby = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    oldstate = table.Column<int>(type: "integer", nullable: true),
                    newstate = table.Column<int>(type: "integer", nullable: false),
                    oldprogress = table.Column<int>(type: "integer", nullable: true),
                    newprogress = table.Column<int>(type: "integer", nullable: false),
                    oldcompletedon = table.Column<DateOnly>(type: "date", nullable: true),
                    newcompletedon = table.Column<DateOnly>(type: "date", nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true, collation: "C"),
                    evidenceurl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assignmenthistory", x => x.id);
                    table.CheckConstraint("CK_AssignmentHistory_Completed", "(NewState = 2 AND NewProgress = 100 AND NewCompletedOn IS NOT NULL) OR (NewState <> 2 AND NewCompletedOn IS NULL)");
                    table.CheckConstraint("CK_AssignmentHistory_Note", "Note IS NULL OR length(Note) <= 1000");
                    table.CheckConstraint("CK_AssignmentHistory_Progress", "NewProgress BETWEEN 0 AND 100 AND (OldProgress IS NULL OR OldProgress BETWEEN 0 AND 100)");
                    table.ForeignKey(
                        name: "fk_assignmenthistory_assignments_assignmentid",
                        column: x => x.assignmentid,
                        principalTable: "assignments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "commendationlinks",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    commendationid = table.Column<int>(type: "integer", nullable: false),
                    assignmentid = table.Column<int>(type: "integer", nullable: true),
                    indicatorid = table.Column<int>(type: "integer", nullable: true),
                    campaignid = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commendationlinks", x => x.id);
                    table.CheckConstraint("CK_CommendationLinks_ExactlyOne", "(CASE WHEN AssignmentId IS NULL THEN 0 ELSE 1 END) + (CASE WHEN IndicatorId IS NULL THEN 0 ELSE 1 END) + (CASE WHEN CampaignId IS NULL THEN 0 ELSE 1 END) = 1");
                    table.ForeignKey(
                        name: "fk_commendationlinks_assignments_assignmentid",
                        column: x => x.assignmentid,
                        principalTable: "assignments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_commendationlinks_campaigns_campaignid",
                        column: x => x.campaignid,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_commendationlinks_commendations_commendationid",
                        column: x => x.commendationid,
                        principalTable: "commendations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_commendationlinks_indicators_indicatorid",
                        column: x => x.indicatorid,
                        principalTable: "indicators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "unitreportfigures",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    unitreportid = table.Column<int>(type: "integer", nullable: false),
                    indicatorid = table.Column<int>(type: "integer", nullable: false),
                    value = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unitreportfigures", x => x.id);
                    table.CheckConstraint("CK_UnitReportFigures_Value", "Value >= 0");
                    table.ForeignKey(
                        name: "fk_unitreportfigures_indicators_indicatorid",
                        column: x => x.indicatorid,
                        principalTable: "indicators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_unitreportfigures_unitreports_unitreportid",
                        column: x => x.unitreportid,
                        principalTable: "unitreports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "unitreporthistory",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    unitreportid = table.Column<int>(type: "integer", nullable: false),
                    changedatutc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    changedby = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    change = table.Column<int>(type: "integer", nullable: false),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C"),
                    figures = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true, collation: "C"),
                    version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unitreporthistory", x => x.id);
                    table.CheckConstraint("CK_UnitReportHistory_Change", "Change BETWEEN 1 AND 3");
                    table.CheckConstraint("CK_UnitReportHistory_Content", "(Change = 3 AND Reason IS NOT NULL AND Summary IS NULL) OR (Change <> 3 AND Reason IS NULL AND Summary IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_unitreporthistory_unitreports_unitreportid",
                        column: x => x.unitreportid,
                        principalTable: "unitreports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assignmentevidence",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    assignmentid = table.Column<int>(type: "integer", nullable: false),
                    historyid = table.Column<long>(type: "bigint", nullable: false),
                    filename = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false, collation: "C"),
                    contenttype = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    sizebytes = table.Column<long>(type: "bigint", nullable: false),
                    storedname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    uploadedatutc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    uploadedby = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assignmentevidence", x => x.id);
                    table.CheckConstraint("CK_AssignmentEvidence_Size", "SizeBytes > 0");
                    table.ForeignKey(
                        name: "fk_assignmentevidence_assignmenthistory_historyid",
                        column: x => x.historyid,
                        principalTable: "assignmenthistory",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_assignmentevidence_assignments_assignmentid",
                        column: x => x.assignmentid,
                        principalTable: "assignments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "unitreportattachments",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    unitreportid = table.Column<int>(type: "integer", nullable: false),
                    addedinhistoryid = table.Column<long>(type: "bigint", nullable: false),
                    removedinhistoryid = table.Column<long>(type: "bigint", nullable: true),
                    filename = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false, collation: "C"),
                    contenttype = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    sizebytes = table.Column<long>(type: "bigint", nullable: false),
                    storedname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unitreportattachments", x => x.id);
                    table.CheckConstraint("CK_UnitReportAttachments_Removed", "RemovedInHistoryId IS NULL OR RemovedInHistoryId > AddedInHistoryId");
                    table.CheckConstraint("CK_UnitReportAttachments_Size", "SizeBytes > 0");
                    table.ForeignKey(
                        name: "fk_unitreportattachments_unitreporthistory_addedinhistoryid",
                        column: x => x.addedinhistoryid,
                        principalTable: "unitreporthistory",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_unitreportattachments_unitreporthistory_removedinhistoryid",
                        column: x => x.removedinhistoryid,
                        principalTable: "unitreporthistory",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_unitreportattachments_unitreports_unitreportid",
                        column: x => x.unitreportid,
                        principalTable: "unitreports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "aspnetroles",
                columns: new[] { "id", "concurrencystamp", "name", "normalizedname" },
                values: new object[,]
                {
                    { "role-administrator", "role-administrator", "Administrator", "ADMINISTRATOR" },
                    { "role-committeemember", "role-committeemember", "CommitteeMember", "COMMITTEEMEMBER" },
                    { "role-secretariat", "role-secretariat", "Secretariat", "SECRETARIAT" },
                    { "role-standingagency", "role-standingagency", "StandingAgency", "STANDINGAGENCY" },
                    { "role-unitreporter", "role-unitreporter", "UnitReporter", "UNITREPORTER" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_agendadocuments_agendaitemid",
                table: "agendadocuments",
                column: "agendaitemid");

            migrationBuilder.CreateIndex(
                name: "ix_agendadocuments_storedname",
                table: "agendadocuments",
                column: "storedname",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_agendaitems_conferenceid_position",
                table: "agendaitems",
                columns: new[] { "conferenceid", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_agendaitems_presenterunitid",
                table: "agendaitems",
                column: "presenterunitid");

            migrationBuilder.CreateIndex(
                name: "ix_aspnetroleclaims_roleid",
                table: "aspnetroleclaims",
                column: "roleid");

            migrationBuilder.CreateIndex(
                name: "rolenameindex",
                table: "aspnetroles",
                column: "normalizedname",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_aspnetuserclaims_userid",
                table: "aspnetuserclaims",
                column: "userid");

            migrationBuilder.CreateIndex(
                name: "ix_aspnetuserlogins_userid",
                table: "aspnetuserlogins",
                column: "userid");

            migrationBuilder.CreateIndex(
                name: "ix_aspnetuserroles_roleid",
                table: "aspnetuserroles",
                column: "roleid");

            migrationBuilder.CreateIndex(
                name: "emailindex",
                table: "aspnetusers",
                column: "normalizedemail");

            migrationBuilder.CreateIndex(
                name: "ix_aspnetusers_unitid",
                table: "aspnetusers",
                column: "unitid");

            migrationBuilder.CreateIndex(
                name: "usernameindex",
                table: "aspnetusers",
                column: "normalizedusername",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_assignmentevidence_assignmentid",
                table: "assignmentevidence",
                column: "assignmentid");

            migrationBuilder.CreateIndex(
                name: "ix_assignmentevidence_historyid",
                table: "assignmentevidence",
                column: "historyid");

            migrationBuilder.CreateIndex(
                name: "ix_assignmentevidence_storedname",
                table: "assignmentevidence",
                column: "storedname",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_assignmenthistory_assignmentid_changedatutc",
                table: "assignmenthistory",
                columns: new[] { "assignmentid", "changedatutc" });

            migrationBuilder.CreateIndex(
                name: "ix_assignments_plantaskid_unitid",
                table: "assignments",
                columns: new[] { "plantaskid", "unitid" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_assignments_unitid",
                table: "assignments",
                column: "unitid");

            migrationBuilder.CreateIndex(
                name: "ix_auditentries_occurredatutc",
                table: "auditentries",
                column: "occurredatutc");

            migrationBuilder.CreateIndex(
                name: "ix_auditentries_userid_occurredatutc",
                table: "auditentries",
                columns: new[] { "userid", "occurredatutc" });

            migrationBuilder.CreateIndex(
                name: "ix_campaignresulthistory_campaignresultid",
                table: "campaignresulthistory",
                column: "campaignresultid");

            migrationBuilder.CreateIndex(
                name: "ix_campaignresults_campaignid_unitid_indicatorid",
                table: "campaignresults",
                columns: new[] { "campaignid", "unitid", "indicatorid" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_campaignresults_indicatorid",
                table: "campaignresults",
                column: "indicatorid");

            migrationBuilder.CreateIndex(
                name: "ix_campaignresults_unitid",
                table: "campaignresults",
                column: "unitid");

            migrationBuilder.CreateIndex(
                name: "ix_campaigns_leadunitid",
                table: "campaigns",
                column: "leadunitid");

            migrationBuilder.CreateIndex(
                name: "ix_campaigns_planid",
                table: "campaigns",
                column: "planid");

            migrationBuilder.CreateIndex(
                name: "ix_campaigns_programmeid",
                table: "campaigns",
                column: "programmeid");

            migrationBuilder.CreateIndex(
                name: "ix_campaigntarget_indicatorid",
                table: "campaigntarget",
                column: "indicatorid");

            migrationBuilder.CreateIndex(
                name: "ix_campaignunit_unitid",
                table: "campaignunit",
                column: "unitid");

            migrationBuilder.CreateIndex(
                name: "ix_commendationhistory_commendationid",
                table: "commendationhistory",
                column: "commendationid");

            migrationBuilder.CreateIndex(
                name: "ix_commendationlinks_assignmentid",
                table: "commendationlinks",
                column: "assignmentid");

            migrationBuilder.CreateIndex(
                name: "ix_commendationlinks_campaignid",
                table: "commendationlinks",
                column: "campaignid");

            migrationBuilder.CreateIndex(
                name: "ix_commendationlinks_commendationid",
                table: "commendationlinks",
                column: "commendationid");

            migrationBuilder.CreateIndex(
                name: "ix_commendationlinks_indicatorid",
                table: "commendationlinks",
                column: "indicatorid");

            migrationBuilder.CreateIndex(
                name: "ix_commendations_conferenceid_state",
                table: "commendations",
                columns: new[] { "conferenceid", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_commendations_unitid",
                table: "commendations",
                column: "unitid");

            migrationBuilder.CreateIndex(
                name: "ix_conferencechecklistitems_conferenceid",
                table: "conferencechecklistitems",
                column: "conferenceid");

            migrationBuilder.CreateIndex(
                name: "ix_conferenceinvitedunits_conferenceid_unitid",
                table: "conferenceinvitedunits",
                columns: new[] { "conferenceid", "unitid" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_conferenceinvitedunits_unitid",
                table: "conferenceinvitedunits",
                column: "unitid");

            migrationBuilder.CreateIndex(
                name: "ix_conferenceinvitees_conferenceid",
                table: "conferenceinvitees",
                column: "conferenceid");

            migrationBuilder.CreateIndex(
                name: "ix_conferencereportsections_conferenceid_key",
                table: "conferencereportsections",
                columns: new[] { "conferenceid", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_conferences_planid",
                table: "conferences",
                column: "planid");

            migrationBuilder.CreateIndex(
                name: "ix_expectedreports_unitid",
                table: "expectedreports",
                column: "unitid");

            migrationBuilder.CreateIndex(
                name: "ix_indicators_code",
                table: "indicators",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicators_programmeid",
                table: "indicators",
                column: "programmeid");

            migrationBuilder.CreateIndex(
                name: "ix_indicatorvaluechanges_indicatorid",
                table: "indicatorvaluechanges",
                column: "indicatorid");

            migrationBuilder.CreateIndex(
                name: "ix_indicatorvaluechanges_unitid_indicatorid_year_month_changed~",
                table: "indicatorvaluechanges",
                columns: new[] { "unitid", "indicatorid", "year", "month", "changedatutc" });

            migrationBuilder.CreateIndex(
                name: "ix_indicatorvalues_indicatorid_unitid_year_month",
                table: "indicatorvalues",
                columns: new[] { "indicatorid", "unitid", "year", "month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicatorvalues_indicatorid_year_month_unitid_value",
                table: "indicatorvalues",
                columns: new[] { "indicatorid", "year", "month", "unitid", "value" });

            migrationBuilder.CreateIndex(
                name: "ix_indicatorvalues_unitid_year_month",
                table: "indicatorvalues",
                columns: new[] { "unitid", "year", "month" });

            migrationBuilder.CreateIndex(
                name: "ix_indicatorvalues_year_month",
                table: "indicatorvalues",
                columns: new[] { "year", "month" });

            migrationBuilder.CreateIndex(
                name: "ix_packversions_conferenceid_number",
                table: "packversions",
                columns: new[] { "conferenceid", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plans_year_number",
                table: "plans",
                columns: new[] { "year", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plantaskcooperatingunit_unitid",
                table: "plantaskcooperatingunit",
                column: "unitid");

            migrationBuilder.CreateIndex(
                name: "ix_plantasks_leadunitid",
                table: "plantasks",
                column: "leadunitid");

            migrationBuilder.CreateIndex(
                name: "ix_plantasks_planid_number",
                table: "plantasks",
                columns: new[] { "planid", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plantasks_programmeid",
                table: "plantasks",
                column: "programmeid");

            migrationBuilder.CreateIndex(
                name: "ix_programmes_code",
                table: "programmes",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reporttypeindicators_indicatorid",
                table: "reporttypeindicators",
                column: "indicatorid");

            migrationBuilder.CreateIndex(
                name: "ix_reporttypes_planid_code",
                table: "reporttypes",
                columns: new[] { "planid", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_unitreportattachments_addedinhistoryid",
                table: "unitreportattachments",
                column: "addedinhistoryid");

            migrationBuilder.CreateIndex(
                name: "ix_unitreportattachments_removedinhistoryid",
                table: "unitreportattachments",
                column: "removedinhistoryid");

            migrationBuilder.CreateIndex(
                name: "ix_unitreportattachments_storedname",
                table: "unitreportattachments",
                column: "storedname",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_unitreportattachments_unitreportid",
                table: "unitreportattachments",
                column: "unitreportid");

            migrationBuilder.CreateIndex(
                name: "ix_unitreportfigures_indicatorid",
                table: "unitreportfigures",
                column: "indicatorid");

            migrationBuilder.CreateIndex(
                name: "ix_unitreportfigures_unitreportid_indicatorid",
                table: "unitreportfigures",
                columns: new[] { "unitreportid", "indicatorid" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_unitreporthistory_unitreportid_changedatutc",
                table: "unitreporthistory",
                columns: new[] { "unitreportid", "changedatutc" });

            migrationBuilder.CreateIndex(
                name: "ix_unitreports_reporttypeid_unitid",
                table: "unitreports",
                columns: new[] { "reporttypeid", "unitid" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_unitreports_unitid",
                table: "unitreports",
                column: "unitid");

            migrationBuilder.CreateIndex(
                name: "ix_units_code",
                table: "units",
                column: "code",
                unique: true);

            // The audit log and the history of figures are append-only: the store itself refuses updates and deletes.
            foreach (var (table, what) in new[] { ("auditentries", "The audit log"), ("indicatorvaluechanges", "The history of figures") })
            {
                migrationBuilder.Sql($"""
                    CREATE FUNCTION {table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN RAISE EXCEPTION '{what} is append-only'; END $$;
                    CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}
                    FOR EACH ROW EXECUTE FUNCTION {table}_append_only();
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION auditentries_append_only() CASCADE; DROP FUNCTION indicatorvaluechanges_append_only() CASCADE;");

            migrationBuilder.DropTable(
                name: "agendadocuments");

            migrationBuilder.DropTable(
                name: "aspnetroleclaims");

            migrationBuilder.DropTable(
                name: "aspnetuserclaims");

            migrationBuilder.DropTable(
                name: "aspnetuserlogins");

            migrationBuilder.DropTable(
                name: "aspnetuserroles");

            migrationBuilder.DropTable(
                name: "aspnetusertokens");

            migrationBuilder.DropTable(
                name: "assignmentevidence");

            migrationBuilder.DropTable(
                name: "auditentries");

            migrationBuilder.DropTable(
                name: "campaignresulthistory");

            migrationBuilder.DropTable(
                name: "campaigntarget");

            migrationBuilder.DropTable(
                name: "campaignunit");

            migrationBuilder.DropTable(
                name: "commendationhistory");

            migrationBuilder.DropTable(
                name: "commendationlinks");

            migrationBuilder.DropTable(
                name: "conferencechecklistitems");

            migrationBuilder.DropTable(
                name: "conferenceinvitedunits");

            migrationBuilder.DropTable(
                name: "conferenceinvitees");

            migrationBuilder.DropTable(
                name: "conferencereportsections");

            migrationBuilder.DropTable(
                name: "dataprotectionkeys");

            migrationBuilder.DropTable(
                name: "indicatorunitkinds");

            migrationBuilder.DropTable(
                name: "indicatorvaluechanges");

            migrationBuilder.DropTable(
                name: "indicatorvalues");

            migrationBuilder.DropTable(
                name: "packversions");

            migrationBuilder.DropTable(
                name: "plantaskcooperatingunit");

            migrationBuilder.DropTable(
                name: "reporttypeindicators");

            migrationBuilder.DropTable(
                name: "unitreportattachments");

            migrationBuilder.DropTable(
                name: "unitreportfigures");

            migrationBuilder.DropTable(
                name: "agendaitems");

            migrationBuilder.DropTable(
                name: "aspnetroles");

            migrationBuilder.DropTable(
                name: "aspnetusers");

            migrationBuilder.DropTable(
                name: "assignmenthistory");

            migrationBuilder.DropTable(
                name: "campaignresults");

            migrationBuilder.DropTable(
                name: "commendations");

            migrationBuilder.DropTable(
                name: "unitreporthistory");

            migrationBuilder.DropTable(
                name: "assignments");

            migrationBuilder.DropTable(
                name: "campaigns");

            migrationBuilder.DropTable(
                name: "indicators");

            migrationBuilder.DropTable(
                name: "conferences");

            migrationBuilder.DropTable(
                name: "unitreports");

            migrationBuilder.DropTable(
                name: "plantasks");

            migrationBuilder.DropTable(
                name: "expectedreports");

            migrationBuilder.DropTable(
                name: "programmes");

            migrationBuilder.DropTable(
                name: "reporttypes");

            migrationBuilder.DropTable(
                name: "units");

            migrationBuilder.DropTable(
                name: "plans");
        }
    }
}
