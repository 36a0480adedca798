using Microsoft.AspNetCore.Http;

namespace Bulwark.Server.Hosting;

/// <summary>RFC 9457 problem responses: a status, a short title and what exactly is wrong; never a stack trace.</summary>
internal static class Problems
{
    public static IResult BadRequest(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid");

    public static IResult NotFound(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
