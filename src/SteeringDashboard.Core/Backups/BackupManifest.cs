using System.Text.Json;
using System.Text.Json.Serialization;

namespace SteeringDashboard.Core.Backups;

/// <summary>
/// What a backup archive holds, written into it as <see cref="EntryName"/>: when and by which version of the app it was taken,
/// the schema version (the last migration applied), the rows of every table, and each file with its size and SHA-256.
/// A restore checks the archive against it before changing anything.
/// </summary>
public sealed record BackupManifest(
    int Format,
    DateTime CreatedAtUtc,
    string AppVersion,
    string SchemaVersion,
    BackupEntry Database,
    IReadOnlyDictionary<string, long> Tables,
    IReadOnlyList<BackupEntry> Files)
{
    public const int CurrentFormat = 1;
    public const string EntryName = "manifest.json";
    public const string DatabaseEntry = "database/steering.db";
    public const string FilesFolder = "files/";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public long TotalRows => Tables.Values.Sum();

    public long FileBytes => Files.Sum(f => f.Bytes);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The manifest in <paramref name="json"/>, or null when it is not one (unreadable, or a field missing).</summary>
    public static BackupManifest? FromJson(string json)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize<BackupManifest>(json, Json);
            return manifest is { Database: not null, Tables: not null, Files: not null, SchemaVersion: not null, AppVersion: not null } ? manifest : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>One entry of the archive: its name there, its size and its SHA-256 (lowercase hexadecimal).</summary>
public sealed record BackupEntry(string Entry, long Bytes, string Sha256);
