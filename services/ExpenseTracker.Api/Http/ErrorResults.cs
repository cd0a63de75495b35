using ExpenseTracker.Application.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ExpenseTracker.Api.Http;

public static class ErrorResults
{
    public static ProblemHttpResult ToProblem(this Error error)
    {
        var status = error.Kind switch
        {
            ErrorKind.Validation => StatusCodes.Status400BadRequest,
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.PreconditionFailed => StatusCodes.Status412PreconditionFailed,
            ErrorKind.IdempotencyKeyReused => StatusCodes.Status422UnprocessableEntity,
            ErrorKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
            ErrorKind.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
            _ => StatusCodes.Status500InternalServerError,
        };

        var problem = error.FieldErrors is null
            ? new ProblemDetails()
            : new HttpValidationProblemDetails(error.FieldErrors.ToDictionary());
        problem.Status = status;
        problem.Title = error.Title;
        problem.Detail = error.Detail;
        return TypedResults.Problem(problem);
    }
}
