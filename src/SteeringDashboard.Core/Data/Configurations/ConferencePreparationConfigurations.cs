using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SteeringDashboard.Core.Conferences;

namespace SteeringDashboard.Core.Data.Configurations;

internal sealed class ConferenceInvitedUnitConfiguration : IEntityTypeConfiguration<ConferenceInvitedUnit>
{
    public void Configure(EntityTypeBuilder<ConferenceInvitedUnit> builder)
    {
        builder.HasIndex(i => new { i.ConferenceId, i.UnitId }).IsUnique();
        builder.DeletedWithConference(i => i.ConferenceId);
        builder.HasOne(i => i.Unit).WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ConferenceInviteeConfiguration : IEntityTypeConfiguration<ConferenceInvitee>
{
    public void Configure(EntityTypeBuilder<ConferenceInvitee> builder)
    {
        builder.Property(i => i.Position).HasMaxLength(ConferenceInvitee.PositionMaxLength);
        builder.DeletedWithConference(i => i.ConferenceId);
        builder.NeverBlank(i => i.Name, ConferenceInvitee.NameMaxLength, "CK_ConferenceInvitees_Name");
    }
}

internal sealed class ConferenceChecklistItemConfiguration : IEntityTypeConfiguration<ConferenceChecklistItem>
{
    public void Configure(EntityTypeBuilder<ConferenceChecklistItem> builder)
    {
        builder.Property(i => i.Owner).HasMaxLength(ConferenceChecklistItem.OwnerMaxLength);
        builder.DeletedWithConference(i => i.ConferenceId);
        builder.NeverBlank(i => i.Text, ConferenceChecklistItem.TextMaxLength, "CK_ConferenceChecklistItems_Text");
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(AgendaItem.TitleMaxLength);
        builder.Property(i => i.PresenterName).HasMaxLength(AgendaItem.PresenterNameMaxLength);
        // Not unique: SQLite checks uniqueness row by row, which a renumbering in one statement batch would trip over.
        builder.HasIndex(i => new { i.ConferenceId, i.Position });
        builder.DeletedWithConference(i => i.ConferenceId);
        builder.HasOne(i => i.PresenterUnit).WithMany().HasForeignKey(i => i.PresenterUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_AgendaItems_Duration", $"DurationMinutes BETWEEN {AgendaItem.MinDurationMinutes} AND {AgendaItem.MaxDurationMinutes}");
            t.HasCheckConstraint("CK_AgendaItems_Position", "Position >= 1");
            t.HasCheckConstraint("CK_AgendaItems_Presenter", "(PresenterUnitId IS NULL) <> (PresenterName IS NULL)");
        });
    }
}

internal sealed class AgendaDocumentConfiguration : IEntityTypeConfiguration<AgendaDocument>
{
    public void Configure(EntityTypeBuilder<AgendaDocument> builder)
    {
        builder.ConfigureStoredFile("CK_AgendaDocuments_Size");
        builder.Property(d => d.UploadedBy).HasMaxLength(200);
        builder.HasIndex(d => d.AgendaItemId);
        builder.HasOne(d => d.AgendaItem).WithMany().HasForeignKey(d => d.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The rules the rows of a conference's preparation share.</summary>
internal static class ConferencePartRules
{
    /// <summary>The row belongs to one conference and goes when the conference is deleted.</summary>
    public static void DeletedWithConference<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, object?>> conferenceId)
        where T : class =>
        builder.HasOne<Conference>().WithMany().HasForeignKey(conferenceId).OnDelete(DeleteBehavior.Cascade);

    /// <summary>A text of at most <paramref name="maxLength"/> characters that the database refuses blank (the column is the property's name).</summary>
    public static void NeverBlank<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, string>> text, int maxLength, string constraint)
        where T : class
    {
        var property = builder.Property(text).HasMaxLength(maxLength);
        builder.ToTable(t => t.HasCheckConstraint(constraint, $"length(trim({property.Metadata.Name})) > 0"));
    }
}
