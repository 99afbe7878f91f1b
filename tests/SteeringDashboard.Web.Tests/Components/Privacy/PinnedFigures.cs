namespace SteeringDashboard.Web.Tests.Components.Privacy;

/// <summary>The hidden figures that what a reader was shown lets them work out.</summary>
internal static class PinnedFigures
{
    /// <summary>
    /// The hidden unit-months that what was shown pins down: per indicator and year, each shown sum less the visible figures it
    /// adds up is an equation in the hidden ones; a hidden figure is pinned when it is a linear combination of those equations
    /// (found by elimination modulo a large prime), or when an equation's total leaves its hidden figures a single choice.
    /// </summary>
    public static List<string> Find(IReadOnlyList<ShownFigure> shown, DemoFigures data, HashSet<Cell> hidden, int threshold)
    {
        const long Prime = 2_147_483_647;
        var pinned = new List<string>();
        var equations = shown
            .Select(s => (s.Where, Hidden: s.Cells.Where(hidden.Contains).ToList(), Remainder: s.Value - s.Cells.Where(c => !hidden.Contains(c)).Sum(c => data.Values[c])))
            .Where(e => e.Hidden.Count > 0)
            .DistinctBy(e => string.Join(';', e.Hidden.Order()))
            .ToList();
        foreach (var group in equations.GroupBy(e => (e.Hidden[0].IndicatorId, e.Hidden[0].Year)))
        {
            var unknowns = group.SelectMany(e => e.Hidden).Distinct().Order().ToList();
            var index = unknowns.Select((cell, i) => (cell, i)).ToDictionary(p => p.cell, p => p.i);
            var basis = new Dictionary<int, long[]>();
            foreach (var (_, cells, _) in group)
            {
                var row = new long[unknowns.Count];
                foreach (var cell in cells)
                {
                    row[index[cell]] = 1;
                }

                if (Reduce(row, basis) is { } pivot)
                {
                    var inverse = Power(row[pivot], Prime - 2);
                    for (var i = 0; i < row.Length; i++)
                    {
                        row[i] = row[i] * inverse % Prime;
                    }

                    foreach (var other in basis.Values.Where(other => other[pivot] != 0))
                    {
                        var factor = other[pivot];
                        for (var i = 0; i < row.Length; i++)
                        {
                            other[i] = ((other[i] - factor * row[i]) % Prime + Prime) % Prime;
                        }
                    }

                    basis[pivot] = row;
                }
            }

            foreach (var cell in unknowns)
            {
                var unit = new long[unknowns.Count];
                unit[index[cell]] = 1;
                if (Reduce(unit, basis) is null)
                {
                    var shownWith = group.Where(e => e.Hidden.Contains(cell)).Select(e => e.Where).Take(3);
                    pinned.Add($"{data.Describe(cell)} (value {data.Values[cell]}) follows from differences of what was shown, among them {string.Join(" | ", shownWith)}");
                }
            }
        }

        foreach (var (where, cells, rest) in equations)
        {
            if (rest == cells.Count || rest == cells.Count * (threshold - 1L))
            {
                pinned.Add($"{where}: {cells.Count} hidden figure(s) add up to {rest}, so each is {rest / cells.Count}");
            }
        }

        return pinned;

        // Subtracts the basis rows from the row; the column of its first non-zero entry left, or null when none is left.
        static int? Reduce(long[] row, Dictionary<int, long[]> basis)
        {
            foreach (var (pivot, other) in basis)
            {
                if (row[pivot] != 0)
                {
                    var factor = row[pivot];
                    for (var i = 0; i < row.Length; i++)
                    {
                        row[i] = ((row[i] - factor * other[i]) % Prime + Prime) % Prime;
                    }
                }
            }

            var first = Array.FindIndex(row, v => v != 0);
            return first < 0 ? null : first;
        }

        static long Power(long value, long exponent)
        {
            long result = 1;
            for (value %= Prime; exponent > 0; exponent >>= 1, value = value * value % Prime)
            {
                if ((exponent & 1) == 1)
                {
                    result = result * value % Prime;
                }
            }

            return result;
        }
    }
}
