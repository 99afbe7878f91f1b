using System.Text;

namespace SteeringDashboard.Web.Tests.TestSupport;

/// <summary>A downloaded CSV export read into rows of fields.</summary>
public static class CsvDownload
{
    /// <summary>The rows of the CSV file at <paramref name="path"/>, which must answer with success.</summary>
    public static async Task<List<List<string>>> ReadAsync(HttpClient client, string path, CancellationToken cancellation)
    {
        using var response = await client.GetAsync(path, cancellation);
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {response.StatusCode}");
        return Parse(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(cancellation)).TrimStart('\uFEFF'));
    }

    /// <summary>RFC 4180 fields: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
