namespace SteeringDashboard.Web.Files;

/// <summary>
/// What a file picker for the file store offers: the types <see cref="Core.Files.FileStore"/> accepts. The store
/// checks each file's first bytes whatever its name says.
/// </summary>
public static class StoredFilePicker
{
    public const string Accept = ".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg";
}
