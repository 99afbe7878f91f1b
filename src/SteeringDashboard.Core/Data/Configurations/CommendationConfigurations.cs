using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SteeringDashboard.Core.Conferences;

namespace SteeringDashboard.Core.Data.Configurations;

internal sealed class CommendationConfiguration : IEntityTypeConfiguration<Commendation>
{
    public void Configure(EntityTypeBuilder<Commendation> builder)
    {
        builder.Property(c => c.NomineeName).HasMaxLength(Commendation.NomineeMaxLength);
        builder.Property(c => c.Achievement).HasMaxLength(Commendation.AchievementMaxLength);
        builder.Property(c => c.RejectionReason).HasMaxLength(Commendation.ReasonMaxLength);
        builder.Property(c => c.ProposedBy).HasMaxLength(200);
        builder.Property(c => c.ProposedByUserId).HasMaxLength(450);
        builder.Property(c => c.ApprovedBy).HasMaxLength(200);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.ConferenceId, c.State });
        builder.HasIndex(c => c.UnitId);
        builder.HasOne(c => c.Conference).WithMany().HasForeignKey(c => c.ConferenceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Commendations_State", "State BETWEEN 1 AND 4");
            t.HasCheckConstraint("CK_Commendations_NomineeKind", "NomineeKind BETWEEN 1 AND 2");
            t.HasCheckConstraint("CK_Commendations_Form", "Form BETWEEN 1 AND 3");
            t.HasCheckConstraint("CK_Commendations_NomineeName", "length(trim(NomineeName)) > 0");
            t.HasCheckConstraint("CK_Commendations_Achievement", "length(trim(Achievement)) > 0");
            t.HasCheckConstraint(
                "CK_Commendations_RejectionReason",
                "(State = 4 AND RejectionReason IS NOT NULL AND length(trim(RejectionReason)) > 0) OR (State <> 4 AND RejectionReason IS NULL)");
            t.HasCheckConstraint(
                "CK_Commendations_ReadingOrder",
                "(State = 3 AND ReadingOrder IS NOT NULL AND ReadingOrder >= 1) OR (State <> 3 AND ReadingOrder IS NULL)");
        });
    }
}

internal sealed class CommendationLinkConfiguration : IEntityTypeConfiguration<CommendationLink>
{
    public void Configure(EntityTypeBuilder<CommendationLink> builder)
    {
        builder.HasIndex(l => l.CommendationId);
        builder.HasOne<Commendation>().WithMany(c => c.Links).HasForeignKey(l => l.CommendationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Assignment).WithMany().HasForeignKey(l => l.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Indicator).WithMany().HasForeignKey(l => l.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Campaign).WithMany().HasForeignKey(l => l.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable("CommendationLinks", t => t.HasCheckConstraint(
            "CK_CommendationLinks_ExactlyOne",
            "(CASE WHEN AssignmentId IS NULL THEN 0 ELSE 1 END) + (CASE WHEN IndicatorId IS NULL THEN 0 ELSE 1 END) + (CASE WHEN CampaignId IS NULL THEN 0 ELSE 1 END) = 1"));
    }
}

internal sealed class CommendationHistoryConfiguration : IEntityTypeConfiguration<CommendationHistory>
{
    public void Configure(EntityTypeBuilder<CommendationHistory> builder)
    {
        builder.Property(h => h.ChangedBy).HasMaxLength(200);
        builder.Property(h => h.Reason).HasMaxLength(Commendation.ReasonMaxLength);
        builder.HasIndex(h => h.CommendationId);
        builder.HasOne<Commendation>().WithMany(c => c.History).HasForeignKey(h => h.CommendationId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_CommendationHistory_To", "\"to\" BETWEEN 1 AND 4");
            t.HasCheckConstraint("CK_CommendationHistory_Reason", "(\"to\" = 4 AND Reason IS NOT NULL) OR (\"to\" <> 4 AND Reason IS NULL)");
        });
    }
}
