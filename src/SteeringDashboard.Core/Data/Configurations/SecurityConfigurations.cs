using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SteeringDashboard.Core.Security;

namespace SteeringDashboard.Core.Data.Configurations;

internal sealed class SteeringUserConfiguration : IEntityTypeConfiguration<SteeringUser>
{
    public void Configure(EntityTypeBuilder<SteeringUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>The five roles exist in every store, with fixed ids, so that migrations create them.</summary>
internal sealed class SteeringRoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> builder) =>
        builder.HasData(Enum.GetValues<SteeringRole>().Select(role => new IdentityRole
        {
            Id = RoleIds.Of(role),
            Name = role.ToString(),
            NormalizedName = role.ToString().ToUpperInvariant(),
            ConcurrencyStamp = RoleIds.Of(role),
        }));
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Event).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.Target).HasMaxLength(256);
        builder.Property(a => a.Detail).HasMaxLength(1000);
        builder.Property(a => a.Address).HasMaxLength(64);
        builder.HasIndex(a => a.OccurredAtUtc);
        builder.HasIndex(a => new { a.UserId, a.OccurredAtUtc });
    }
}
