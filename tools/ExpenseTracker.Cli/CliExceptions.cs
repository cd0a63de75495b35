namespace ExpenseTracker.Cli;

/// <summary>The command line was understood but asks for something impossible (an unknown category, a missing file...).</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>There is no usable sign-in for the API: the message says which <c>expense login</c> to run.</summary>
public sealed class NotSignedInException(string message) : Exception(message);
