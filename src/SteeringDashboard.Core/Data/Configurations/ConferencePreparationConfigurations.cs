using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SteeringDashboard.Core.Conferences;

namespace SteeringDashboard.Core.Data.Configurations;

internal sealed class ConferenceInvitedUnitConfiguration : IEntityTypeConfiguration<ConferenceInvitedUnit>
{
    public void Configure(EntityTypeBuilder<ConferenceInvitedUnit> builder)
    {
        builder.HasIndex(i => new { i.ConferenceId, i.UnitId }).IsUnique();
        builder.HasOne<Conference>().WithMany().HasForeignKey(i => i.ConferenceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Unit).WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ConferenceInviteeConfiguration : IEntityTypeConfiguration<ConferenceInvitee>
{
    public void Configure(EntityTypeBuilder<ConferenceInvitee> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(ConferenceInvitee.NameMaxLength);
        builder.Property(i => i.Position).HasMaxLength(ConferenceInvitee.PositionMaxLength);
        builder.HasOne<Conference>().WithMany().HasForeignKey(i => i.ConferenceId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("CK_ConferenceInvitees_Name", "length(trim(Name)) > 0"));
    }
}

internal sealed class ConferenceChecklistItemConfiguration : IEntityTypeConfiguration<ConferenceChecklistItem>
{
    public void Configure(EntityTypeBuilder<ConferenceChecklistItem> builder)
    {
        builder.Property(i => i.Text).HasMaxLength(ConferenceChecklistItem.TextMaxLength);
        builder.Property(i => i.Owner).HasMaxLength(ConferenceChecklistItem.OwnerMaxLength);
        builder.HasOne<Conference>().WithMany().HasForeignKey(i => i.ConferenceId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("CK_ConferenceChecklistItems_Text", "length(trim(Text)) > 0"));
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
        builder.HasOne<Conference>().WithMany().HasForeignKey(i => i.ConferenceId).OnDelete(DeleteBehavior.Cascade);
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
