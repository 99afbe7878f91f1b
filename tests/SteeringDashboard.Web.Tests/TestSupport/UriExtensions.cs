namespace SteeringDashboard.Web.Tests.TestSupport;

public static class UriExtensions
{
    /// <summary>The path and query of a redirect's Location, whether the server wrote it absolute or relative.</summary>
    public static string PathAndQuery(this Uri location) =>
        location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
