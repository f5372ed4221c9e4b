-- Rate-limit buckets shared by every instance (contacts.rate-limit.store=postgres): one row per
-- API key and limit setting, its state serialized by Bucket4j and updated under SELECT ... FOR
-- UPDATE. Rows are few (at most one per key per setting), so nothing expires them.
create table rate_limit_buckets (
    id    text primary key,
    state bytea
);
