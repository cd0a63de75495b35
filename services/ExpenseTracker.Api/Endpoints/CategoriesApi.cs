using ExpenseTracker.Api.Http;
using ExpenseTracker.Api.Identity;
using ExpenseTracker.Application.Categories;
using ExpenseTracker.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExpenseTracker.Api.Endpoints;

public static class CategoriesApi
{
    public static RouteGroupBuilder MapCategoriesApi(this RouteGroupBuilder api)
    {
        var categories = api.MapGroup("/categories").WithTags("Categories");
        categories.MapGet("", List).WithName("ListCategories").WithSummary("List categories");
        categories.MapPost("", Create).WithName("CreateCategory").WithSummary("Create a category");
        categories.MapPut("/{id:guid}", Update).WithName("UpdateCategory").WithSummary("Rename or recolor a category");
        categories.MapDelete("/{id:guid}", Delete).WithName("DeleteCategory")
            .WithSummary("Delete a category")
            .WithDescription("A category in use answers 409 unless ?reassignTo={id} names the category its expenses move to. Its budget is deleted with it.");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<CategoryResponse>>> List(HttpContext context, CategoryService categories) =>
        TypedResults.Ok(await categories.ListAsync(context.User.GetUserId(), context.RequestAborted));

    private static async Task<Results<Created<CategoryResponse>, ProblemHttpResult>> Create(CategoryRequest request, HttpContext context, CategoryService categories)
    {
        var result = await categories.CreateAsync(context.User.GetUserId(), request, context.RequestAborted);
        return result.IsSuccess
            ? TypedResults.Created($"{ApiEndpoints.Prefix}/categories/{result.Value.Id}", result.Value)
            : result.Error.ToProblem();
    }

    private static async Task<Results<Ok<CategoryResponse>, ProblemHttpResult>> Update(Guid id, CategoryRequest request, HttpContext context, CategoryService categories)
    {
        var result = await categories.UpdateAsync(context.User.GetUserId(), id, request, context.RequestAborted);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, Guid? reassignTo, HttpContext context, CategoryService categories)
    {
        var result = await categories.DeleteAsync(context.User.GetUserId(), id, reassignTo, context.RequestAborted);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error.ToProblem();
    }
}
