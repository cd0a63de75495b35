namespace ExpenseTracker.Infrastructure.Sqlite;

/// <summary>
/// The schema, as an ordered list of migrations. A migration is never edited once released: add a new one.
/// Money is stored as integers (minor units of its currency), dates as yyyy-MM-dd text, timestamps as UTC ISO 8601.
/// </summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        // 1: users, categories, expenses, budgets, idempotency keys, outbox
        """
        CREATE TABLE users (
            user_id          TEXT NOT NULL PRIMARY KEY,
            default_currency TEXT NOT NULL,
            locale           TEXT NOT NULL,
            created_at       TEXT NOT NULL
        ) STRICT;

        CREATE TABLE categories (
            id       TEXT NOT NULL PRIMARY KEY,
            user_id  TEXT NOT NULL,
            name     TEXT NOT NULL,
            name_key TEXT NOT NULL,
            color    TEXT NOT NULL,
            UNIQUE (user_id, name_key)
        ) STRICT;

        CREATE TABLE expenses (
            id             TEXT NOT NULL PRIMARY KEY,
            user_id        TEXT NOT NULL,
            date           TEXT NOT NULL,
            amount_minor   INTEGER NOT NULL,
            -- The same amount in ten-thousandths, comparable across currencies, for amount filters and sorting.
            amount_e4      INTEGER NOT NULL,
            currency       TEXT NOT NULL,
            category_id    TEXT NULL REFERENCES categories (id),
            merchant       TEXT NULL,
            note           TEXT NULL,
            payment_method TEXT NULL,
            tags           TEXT NOT NULL,
            -- Merchant and note folded to lower case, for the q filter.
            search_text    TEXT NOT NULL,
            version        INTEGER NOT NULL,
            created_at     TEXT NOT NULL,
            updated_at     TEXT NOT NULL
        ) STRICT;

        CREATE INDEX ix_expenses_user_date ON expenses (user_id, date);
        CREATE INDEX ix_expenses_user_category_date ON expenses (user_id, category_id, date);
        CREATE INDEX ix_expenses_user_amount ON expenses (user_id, amount_e4);
        -- Lets monthly and trend reports sum without reading the table.
        CREATE INDEX ix_expenses_user_date_sums ON expenses (user_id, date, currency, category_id, amount_minor);
        CREATE INDEX ix_expenses_duplicates ON expenses (user_id, date, amount_minor, currency);

        CREATE TABLE expense_tags (
            expense_id TEXT NOT NULL REFERENCES expenses (id) ON DELETE CASCADE,
            user_id    TEXT NOT NULL,
            tag_key    TEXT NOT NULL,
            PRIMARY KEY (expense_id, tag_key)
        ) STRICT, WITHOUT ROWID;

        CREATE INDEX ix_expense_tags_user_tag ON expense_tags (user_id, tag_key);

        CREATE TABLE budgets (
            user_id      TEXT NOT NULL,
            category_id  TEXT NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
            amount_minor INTEGER NOT NULL,
            currency     TEXT NOT NULL,
            PRIMARY KEY (user_id, category_id)
        ) STRICT;

        CREATE TABLE idempotency_keys (
            user_id       TEXT NOT NULL,
            key           TEXT NOT NULL,
            request_hash  TEXT NOT NULL,
            status_code   INTEGER NOT NULL,
            response_body TEXT NOT NULL,
            created_at    TEXT NOT NULL,
            PRIMARY KEY (user_id, key)
        ) STRICT;

        CREATE TABLE outbox (
            id           TEXT NOT NULL PRIMARY KEY,
            type         TEXT NOT NULL,
            payload      TEXT NOT NULL,
            user_id      TEXT NOT NULL,
            occurred_at  TEXT NOT NULL,
            trace_parent TEXT NULL,
            sent_at      TEXT NULL
        ) STRICT;

        CREATE INDEX ix_outbox_pending ON outbox (occurred_at) WHERE sent_at IS NULL;
        """,

        // 2: outbox leases, recurring rules and their occurrences, notifications, processed messages, dead letters
        """
        ALTER TABLE outbox ADD COLUMN claimed_by TEXT NULL;
        ALTER TABLE outbox ADD COLUMN claimed_until TEXT NULL;
        -- Sent messages are kept a while for inspection, then purged by sent_at.
        CREATE INDEX ix_outbox_sent ON outbox (sent_at) WHERE sent_at IS NOT NULL;

        CREATE TABLE recurring_rules (
            id                  TEXT NOT NULL PRIMARY KEY,
            user_id             TEXT NOT NULL,
            amount_minor        INTEGER NOT NULL,
            currency            TEXT NOT NULL,
            category_id         TEXT NULL REFERENCES categories (id),
            merchant            TEXT NULL,
            note                TEXT NULL,
            payment_method      TEXT NULL,
            tags                TEXT NOT NULL,
            frequency           TEXT NOT NULL,
            interval_count      INTEGER NOT NULL,
            start_date          TEXT NOT NULL,
            end_date            TEXT NULL,
            occurrences_created INTEGER NOT NULL,
            -- The date of the next occurrence to create, null when the rule has ended: the scheduler's index.
            next_occurrence     TEXT NULL,
            version             INTEGER NOT NULL,
            created_at          TEXT NOT NULL,
            updated_at          TEXT NOT NULL
        ) STRICT;

        CREATE INDEX ix_recurring_rules_user ON recurring_rules (user_id, created_at);
        CREATE INDEX ix_recurring_rules_due ON recurring_rules (next_occurrence) WHERE next_occurrence IS NOT NULL;

        -- One row per occurrence turned into an expense: whoever creates it second finds the key taken.
        CREATE TABLE recurring_occurrences (
            rule_id         TEXT NOT NULL REFERENCES recurring_rules (id) ON DELETE CASCADE,
            occurrence_date TEXT NOT NULL,
            expense_id      TEXT NOT NULL,
            PRIMARY KEY (rule_id, occurrence_date)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE notifications (
            id          TEXT NOT NULL PRIMARY KEY,
            user_id     TEXT NOT NULL,
            kind        TEXT NOT NULL,
            title       TEXT NOT NULL,
            message     TEXT NOT NULL,
            category_id TEXT NULL,
            month       TEXT NULL,
            threshold   INTEGER NULL,
            created_at  TEXT NOT NULL,
            read_at     TEXT NULL
        ) STRICT;

        CREATE INDEX ix_notifications_user_created ON notifications (user_id, created_at);
        CREATE UNIQUE INDEX ux_notifications_budget_alert ON notifications (user_id, category_id, month, threshold)
            WHERE kind = 'budget.threshold';

        CREATE TABLE processed_messages (
            consumer     TEXT NOT NULL,
            message_id   TEXT NOT NULL,
            processed_at TEXT NOT NULL,
            PRIMARY KEY (consumer, message_id)
        ) STRICT, WITHOUT ROWID;

        CREATE INDEX ix_processed_messages_processed_at ON processed_messages (processed_at);

        -- The in-process bus's dead-letter queue (RabbitMQ keeps its own).
        CREATE TABLE dead_letters (
            seq          INTEGER PRIMARY KEY,
            consumer     TEXT NOT NULL,
            message_id   TEXT NOT NULL,
            type         TEXT NOT NULL,
            payload      TEXT NOT NULL,
            user_id      TEXT NOT NULL,
            occurred_at  TEXT NOT NULL,
            trace_parent TEXT NULL,
            attempts     INTEGER NOT NULL,
            error        TEXT NULL,
            failed_at    TEXT NOT NULL
        ) STRICT;
        """,
    ];
}
