using Microsoft.AspNetCore.Http;

namespace Bulwark.Server.Hosting;

/// <summary>RFC 9457 problem responses: a status, a short title and what exactly is wrong; never a stack trace.</summary>
internal static class Problems
{
    public static IResult BadRequest(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid");

    /// <summary>The ledger refused the record, so the change was not made either.</summary>
    public static IResult NotRecorded(string why) =>
        Results.Problem(detail: NotRecordedDetail(why), statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not recorded");

    public static string NotRecordedDetail(string why) => $"the change was not made because the ledger could not record it: {why}";

    public static IResult Forbidden(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed");

    public static IResult NotFound(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
