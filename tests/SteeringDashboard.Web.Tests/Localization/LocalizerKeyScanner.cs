using System.Text.RegularExpressions;
using SteeringDashboard.Web.Tests.TestSupport;

namespace SteeringDashboard.Web.Tests.Localization;

/// <summary>
/// Finds the literal keys that .razor and .cs files look up as <c>Name["Key"]</c> and checks each
/// against the resource of the localizer <c>Name</c> is declared as: <c>@inject IStringLocalizer&lt;X&gt; Name</c>
/// in razor, or an <c>IStringLocalizer&lt;X&gt; name</c> parameter, property or field in C#. X's keys come from the
/// <c>X.resx</c> found in the tree. A .razor file and its .razor.cs share their declarations.
/// </summary>
public static partial class LocalizerKeyScanner
{
    /// <summary>One line per problem, naming the file and the key.</summary>
    public static IReadOnlyList<string> FindProblems(DirectoryInfo sourceRoot)
    {
        var resources = SourceTree.SourceFiles(sourceRoot, "*.resx")
            .Where(file => !ResxFile.IsVietnamese(file))
            .GroupBy(ResxFile.BaseNameOf)
            .ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
        var problems = new List<string>();

        var units = SourceTree.SourceFiles(sourceRoot, "*.razor").Concat(SourceTree.SourceFiles(sourceRoot, "*.cs"))
            .GroupBy(file => file.FullName.EndsWith(".razor.cs", StringComparison.Ordinal) ? file.FullName[..^3] : file.FullName);

        foreach (var unit in units.OrderBy(unit => unit.Key, StringComparer.Ordinal))
        {
            var texts = unit.ToDictionary(file => file, file => File.ReadAllText(file.FullName));
            var localizers = texts.Values
                .SelectMany(text => LocalizerDeclaration().Matches(text))
                .GroupBy(match => match.Groups["name"].Value, match => match.Groups["type"].Value.Split('.')[^1], StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

            foreach (var (file, text) in texts.OrderBy(pair => pair.Key.FullName, StringComparer.Ordinal))
            {
                var relativePath = Path.GetRelativePath(sourceRoot.FullName, file.FullName).Replace('\\', '/');
                foreach (var (name, types) in localizers)
                {
                    if (types.Count > 1)
                    {
                        problems.Add($"{relativePath}: {name} is declared as localizers of {string.Join(" and ", types)}");
                        continue;
                    }

                    var keys = KeyLookups(text, name).ToList();
                    if (keys.Count == 0)
                    {
                        continue;
                    }

                    var resourceName = types[0];
                    if (!resources.TryGetValue(resourceName, out var candidates) || candidates.Count != 1)
                    {
                        problems.Add($"{relativePath}: {name} is IStringLocalizer<{resourceName}>, but {(candidates is null ? "no" : "more than one")} {resourceName}.resx is in the tree");
                        continue;
                    }

                    var resx = ResxFile.Load(candidates[0]);
                    problems.AddRange(keys
                        .Where(key => !resx.Entries.ContainsKey(key))
                        .Distinct(StringComparer.Ordinal)
                        .Select(key => $"{relativePath}: {name}[\"{key}\"] is not a key of {Path.GetRelativePath(sourceRoot.FullName, candidates[0].FullName).Replace('\\', '/')}"));
                }
            }
        }

        return problems;
    }

    private static IEnumerable<string> KeyLookups(string text, string localizerName) =>
        Regex.Matches(text, $@"(?<![\w.]){Regex.Escape(localizerName)}\[\s*""(?<key>[^""\\]*)""\s*\]")
            .Select(match => match.Groups["key"].Value);

    [GeneratedRegex(@"IStringLocalizer\s*<\s*(?<type>[\w.]+)\s*>\s+(?<name>\w+)")]
    private static partial Regex LocalizerDeclaration();
}
