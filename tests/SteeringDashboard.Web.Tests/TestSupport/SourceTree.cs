namespace SteeringDashboard.Web.Tests.TestSupport;

/// <summary>The repository's source files, found by walking up from the test binaries to the solution file.</summary>
public static class SourceTree
{
    private const string SolutionFile = "SteeringDashboard.sln";

    public static DirectoryInfo Root { get; } = FindRoot();

    public static DirectoryInfo WebProject { get; } = new(Path.Combine(Root.FullName, "src", "SteeringDashboard.Web"));

    /// <summary>Files under <paramref name="folder"/> matching <paramref name="pattern"/>, leaving out build output.</summary>
    public static IEnumerable<FileInfo> SourceFiles(DirectoryInfo folder, string pattern) =>
        folder.EnumerateFiles(pattern, SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(Path.GetRelativePath(folder.FullName, file.FullName)))
            .OrderBy(file => file.FullName, StringComparer.Ordinal);

    /// <summary>The path of <paramref name="file"/> relative to the repository root, with forward slashes.</summary>
    public static string RelativePath(FileInfo file) =>
        Path.GetRelativePath(Root.FullName, file.FullName).Replace('\\', '/');

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .Any(part => part is "bin" or "obj" or "node_modules");

    private static DirectoryInfo FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder;
            }
        }

        throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}.");
    }
}
