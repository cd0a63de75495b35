using ExpenseTracker.Infrastructure.Tests.Adapters;

namespace ExpenseTracker.Infrastructure.Tests.Contracts;

// Every port's contract against every adapter. The MongoDB runs skip themselves, by name and with the reason,
// where no MongoDB server can be had (see MongoStores).

public sealed class SqliteExpenseStoreTests(SqliteStores store) : ExpenseStoreContract(store);

public sealed class SqliteCategoryStoreTests(SqliteStores store) : CategoryStoreContract(store);

public sealed class SqliteBudgetStoreTests(SqliteStores store) : BudgetStoreContract(store);

public sealed class SqliteUserStoreTests(SqliteStores store) : UserStoreContract(store);

public sealed class SqliteReportStoreTests(SqliteStores store) : ReportStoreContract(store);

public sealed class SqliteIdempotencyStoreTests(SqliteStores store) : IdempotencyStoreContract(store);

public sealed class MongoExpenseStoreTests(MongoStores store) : ExpenseStoreContract(store);

public sealed class MongoCategoryStoreTests(MongoStores store) : CategoryStoreContract(store);

public sealed class MongoBudgetStoreTests(MongoStores store) : BudgetStoreContract(store);

public sealed class MongoUserStoreTests(MongoStores store) : UserStoreContract(store);

public sealed class MongoReportStoreTests(MongoStores store) : ReportStoreContract(store);

public sealed class MongoIdempotencyStoreTests(MongoStores store) : IdempotencyStoreContract(store);
