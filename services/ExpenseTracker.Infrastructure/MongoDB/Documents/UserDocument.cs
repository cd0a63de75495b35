namespace ExpenseTracker.Infrastructure.MongoDB.Documents;

/// <summary>A provisioned user and their settings, in the <c>users</c> collection; the id is the user id.</summary>
internal sealed class UserDocument
{
    public string Id { get; set; } = "";
    public string DefaultCurrency { get; set; } = "";
    public string Locale { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
