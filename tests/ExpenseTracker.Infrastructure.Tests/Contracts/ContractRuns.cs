using ExpenseTracker.Infrastructure.Tests.Adapters;

namespace ExpenseTracker.Infrastructure.Tests.Contracts;

// Every port's contract against every adapter. The MongoDB runs skip themselves, by name and with the reason,
// where no MongoDB server can be had (see MongoStores). Contracts about data of every user (the outbox, due recurring
// rules, dead letters, archive candidates) get a store of their own per class.

public sealed class SqliteExpenseStoreTests(SqliteStores store) : ExpenseStoreContract(store);

public sealed class SqliteCategoryStoreTests(SqliteStores store) : CategoryStoreContract(store);

public sealed class SqliteBudgetStoreTests(SqliteStores store) : BudgetStoreContract(store);

public sealed class SqliteUserStoreTests(SqliteStores store) : UserStoreContract(store);

public sealed class SqliteReportStoreTests(SqliteStores store) : ReportStoreContract(store);

public sealed class SqliteIdempotencyStoreTests(SqliteStores store) : IdempotencyStoreContract(store);

public sealed class SqliteNotificationStoreTests(SqliteStores store) : NotificationStoreContract(store);

public sealed class SqliteReceiptStoreTests(SqliteStores store) : ReceiptStoreContract(store);

public sealed class SqliteExpenseImportStoreTests(SqliteStores store) : ExpenseImportStoreContract(store);

public sealed class SqliteOutboxStoreTests(IsolatedSqliteStores store) : OutboxStoreContract(store), IClassFixture<IsolatedSqliteStores>;

public sealed class SqliteRecurringStoreTests(IsolatedSqliteStores store) : RecurringStoreContract(store), IClassFixture<IsolatedSqliteStores>;

public sealed class SqliteDeadLetterStoreTests(IsolatedSqliteStores store) : DeadLetterStoreContract(store), IClassFixture<IsolatedSqliteStores>;

public sealed class SqliteArchiveStoreTests(IsolatedSqliteStores store) : ArchiveStoreContract(store), IClassFixture<IsolatedSqliteStores>;

public sealed class MongoExpenseStoreTests(MongoStores store) : ExpenseStoreContract(store);

public sealed class MongoCategoryStoreTests(MongoStores store) : CategoryStoreContract(store);

public sealed class MongoBudgetStoreTests(MongoStores store) : BudgetStoreContract(store);

public sealed class MongoUserStoreTests(MongoStores store) : UserStoreContract(store);

public sealed class MongoReportStoreTests(MongoStores store) : ReportStoreContract(store);

public sealed class MongoIdempotencyStoreTests(MongoStores store) : IdempotencyStoreContract(store);

public sealed class MongoNotificationStoreTests(MongoStores store) : NotificationStoreContract(store);

public sealed class MongoReceiptStoreTests(MongoStores store) : ReceiptStoreContract(store);

public sealed class MongoExpenseImportStoreTests(MongoStores store) : ExpenseImportStoreContract(store);

public sealed class MongoOutboxStoreTests(IsolatedMongoStores store) : OutboxStoreContract(store), IClassFixture<IsolatedMongoStores>;

public sealed class MongoRecurringStoreTests(IsolatedMongoStores store) : RecurringStoreContract(store), IClassFixture<IsolatedMongoStores>;

public sealed class MongoDeadLetterStoreTests(IsolatedMongoStores store) : DeadLetterStoreContract(store), IClassFixture<IsolatedMongoStores>;

public sealed class MongoArchiveStoreTests(IsolatedMongoStores store) : ArchiveStoreContract(store), IClassFixture<IsolatedMongoStores>;
