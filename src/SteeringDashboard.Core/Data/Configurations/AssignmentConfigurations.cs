using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SteeringDashboard.Core.Assignments;

namespace SteeringDashboard.Core.Data.Configurations;

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.HasIndex(a => new { a.PlanTaskId, a.UnitId }).IsUnique();
        builder.HasIndex(a => a.UnitId);
        builder.HasOne(a => a.PlanTask).WithMany(t => t.Assignments).HasForeignKey(a => a.PlanTaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Assignments_Progress", "Progress BETWEEN 0 AND 100");
            t.HasCheckConstraint("CK_Assignments_State", "State BETWEEN 0 AND 2");
            t.HasCheckConstraint(
                "CK_Assignments_Completed",
                "(State = 2 AND Progress = 100 AND CompletedOn IS NOT NULL) OR (State <> 2 AND CompletedOn IS NULL)");
        });
    }
}

internal sealed class AssignmentHistoryConfiguration : IEntityTypeConfiguration<AssignmentHistory>
{
    public void Configure(EntityTypeBuilder<AssignmentHistory> builder)
    {
        builder.Property(h => h.ChangedBy).HasMaxLength(200);
        builder.Property(h => h.Note).HasMaxLength(Assignments.AssignmentEditRules.NoteMaxLength);
        builder.Property(h => h.EvidenceUrl).HasMaxLength(Assignments.AssignmentEditRules.EvidenceUrlMaxLength);
        builder.HasMany(h => h.Evidence).WithOne().HasForeignKey(e => e.HistoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(h => new { h.AssignmentId, h.ChangedAtUtc });
        builder.HasOne(h => h.Assignment).WithMany(a => a.History).HasForeignKey(h => h.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_AssignmentHistory_Progress", "NewProgress BETWEEN 0 AND 100 AND (OldProgress IS NULL OR OldProgress BETWEEN 0 AND 100)");
            t.HasCheckConstraint("CK_AssignmentHistory_Note", $"Note IS NULL OR length(Note) <= {Assignments.AssignmentEditRules.NoteMaxLength}");
            t.HasCheckConstraint(
                "CK_AssignmentHistory_Completed",
                "(NewState = 2 AND NewProgress = 100 AND NewCompletedOn IS NOT NULL) OR (NewState <> 2 AND NewCompletedOn IS NULL)");
        });
    }
}

internal sealed class AssignmentEvidenceConfiguration : IEntityTypeConfiguration<AssignmentEvidence>
{
    public void Configure(EntityTypeBuilder<AssignmentEvidence> builder)
    {
        builder.ConfigureStoredFile("CK_AssignmentEvidence_Size");
        builder.Property(e => e.UploadedBy).HasMaxLength(200);
        builder.HasIndex(e => e.AssignmentId);
        builder.HasOne<Assignment>().WithMany().HasForeignKey(e => e.AssignmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
