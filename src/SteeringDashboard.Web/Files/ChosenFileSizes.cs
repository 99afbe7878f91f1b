using SteeringDashboard.Core.Files;

namespace SteeringDashboard.Web.Files;

/// <summary>Why a chosen file is refused before it is read, from the size the browser declares.</summary>
public enum ChosenFileProblem
{
    /// <summary>Over the store's limit for one file.</summary>
    TooLarge = 1,

    /// <summary>Would take the files chosen in one form over the store's limit for them together.</summary>
    TotalTooLarge,
}

/// <summary>
/// The store's size limits applied to files as they are chosen, so that a form names a file it cannot send at once
/// instead of reading it first (the store checks again what it is sent).
/// </summary>
public static class ChosenFileSizes
{
    /// <summary>
    /// Each file's problem in order, null for one that may be read: over <see cref="FileStore.MaxBytes"/>, or taking the
    /// files kept so far (<paramref name="alreadyChosen"/> bytes before these) over <see cref="FileStore.MaxTotalBytes"/>.
    /// A refused file does not count towards the total.
    /// </summary>
    public static IReadOnlyList<ChosenFileProblem?> CheckChosenSizes(this FileStore store, IEnumerable<long> sizes, long alreadyChosen = 0)
    {
        var total = alreadyChosen;
        var problems = new List<ChosenFileProblem?>();
        foreach (var size in sizes)
        {
            if (size > store.MaxBytes)
            {
                problems.Add(ChosenFileProblem.TooLarge);
            }
            else if (total + size > store.MaxTotalBytes)
            {
                problems.Add(ChosenFileProblem.TotalTooLarge);
            }
            else
            {
                total += size;
                problems.Add(null);
            }
        }

        return problems;
    }
}
