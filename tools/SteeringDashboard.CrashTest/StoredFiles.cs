using System.Security.Cryptography;

namespace SteeringDashboard.CrashTest;

/// <summary>The app's folder of stored files as the harness finds it.</summary>
public sealed class StoredFiles(string folder)
{
    public IReadOnlyList<string> Names() =>
        Directory.Exists(folder) ? Directory.GetFiles(folder).Select(path => Path.GetFileName(path)).ToList() : [];

    /// <summary>Null when the file is there with these bytes, else what is wrong.</summary>
    public string? Mismatch(string storedName, SentFile sent)
    {
        var path = Path.Combine(folder, storedName);
        if (!File.Exists(path))
        {
            return $"{sent.FileName} is recorded as {storedName}, which is missing";
        }

        return Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))) == sent.Sha256
            ? null
            : $"{sent.FileName} is stored as {storedName} with other bytes than were sent";
    }

    /// <summary>Null when the stored file is there with this size, else what is wrong.</summary>
    public string? SizeMismatch(string storedName, long sizeBytes)
    {
        var file = new FileInfo(Path.Combine(folder, storedName));
        return !file.Exists ? $"the recorded file {storedName} is missing"
            : file.Length != sizeBytes ? $"the recorded file {storedName} has {file.Length} bytes, its record says {sizeBytes}"
            : null;
    }
}
