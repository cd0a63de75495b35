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

        // 3: receipts, and the archive of old months (see docs/decisions: blob layout, archive protocol)
        """
        CREATE TABLE receipts (
            id           TEXT NOT NULL PRIMARY KEY,
            expense_id   TEXT NOT NULL REFERENCES expenses (id) ON DELETE CASCADE,
            user_id      TEXT NOT NULL,
            file_name    TEXT NOT NULL,
            content_type TEXT NOT NULL,
            size         INTEGER NOT NULL,
            blob_name    TEXT NOT NULL,
            created_at   TEXT NOT NULL
        ) STRICT;

        CREATE INDEX ix_receipts_expense ON receipts (expense_id);

        -- One row per user and month that was ever archived. blob_name: the completed archive; pending_blob_name: an
        -- archive written whose rows are not deleted yet; restored_at: the user brought the month back (not archived again).
        CREATE TABLE archived_months (
            user_id           TEXT NOT NULL,
            month             TEXT NOT NULL,
            blob_name         TEXT NULL,
            expense_count     INTEGER NOT NULL,
            archived_at       TEXT NULL,
            pending_blob_name TEXT NULL,
            pending_row_count INTEGER NOT NULL,
            restored_at       TEXT NULL,
            PRIMARY KEY (user_id, month)
        ) STRICT;

        CREATE INDEX ix_archived_months_pending ON archived_months (pending_blob_name) WHERE pending_blob_name IS NOT NULL;
        CREATE INDEX ix_archived_months_blob ON archived_months (blob_name) WHERE blob_name IS NOT NULL;

        -- The sums of a completed archive, per category and currency, so reports still count its expenses.
        CREATE TABLE archived_month_totals (
            user_id      TEXT NOT NULL,
            month        TEXT NOT NULL,
            category_id  TEXT NULL,
            currency     TEXT NOT NULL,
            amount_minor INTEGER NOT NULL,
            count        INTEGER NOT NULL
        ) STRICT;

        CREATE INDEX ix_archived_month_totals_user_month ON archived_month_totals (user_id, month);

        -- Receipts of archived expenses: their rows are in the archive, their blobs stay; listed here so the orphan
        -- sweeper knows the blobs are still wanted.
        CREATE TABLE archived_receipts (
            id      TEXT NOT NULL PRIMARY KEY,
            user_id TEXT NOT NULL,
            month   TEXT NOT NULL
        ) STRICT;

        CREATE INDEX ix_archived_receipts_user_month ON archived_receipts (user_id, month);
        """,

        // 4: the relay's claim reads pending messages in commit order without scanning the sent ones kept for a week
        // (every entry has the same key, NULL, so the index holds them in rowid order)
        """
        CREATE INDEX ix_outbox_unsent ON outbox (sent_at) WHERE sent_at IS NULL;
        """,
    ];
}
