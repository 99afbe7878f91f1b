using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SteeringDashboard.Core.Files;

namespace SteeringDashboard.Core.Data.Configurations;

internal static class StoredFileConfiguration
{
    /// <summary>
    /// What every record of a stored file has in its table: the names and type within their lengths, a stored name no
    /// other row shares, and a size above zero (checked as <paramref name="sizeCheck"/>).
    /// </summary>
    public static void ConfigureStoredFile<T>(this EntityTypeBuilder<T> builder, string sizeCheck)
        where T : StoredFileRecord
    {
        builder.Property(f => f.FileName).HasMaxLength(260);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.StoredName).HasMaxLength(100);
        builder.HasIndex(f => f.StoredName).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint(sizeCheck, "SizeBytes > 0"));
    }
}
