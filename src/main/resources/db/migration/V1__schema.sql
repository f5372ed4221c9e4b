-- Search matches substrings of a normalized text column through trigram indexes; btree_gin lets
-- one GIN index narrow by company and by text at once.
create extension if not exists pg_trgm;
create extension if not exists btree_gin;

create table companies (
    id                      bigint generated always as identity primary key,
    name                    text        not null unique,
    -- Per-company visibleId sequences: taken with UPDATE ... RETURNING under the row lock, in the
    -- transaction that inserts the record, so numbers are contiguous and never reused.
    last_contact_visible_id bigint      not null default 0,
    last_client_visible_id  bigint      not null default 0,
    created_at              timestamptz not null default now()
);

create table api_keys (
    id           bigint generated always as identity primary key,
    company_id   bigint      not null references companies (id),
    name         text        not null,
    role         text        not null check (role in ('viewer', 'employee', 'editor', 'owner')),
    key_hash     text        not null unique,
    prefix       text        not null,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);

create index api_keys_company on api_keys (company_id);

create table addresses (
    id            bigint generated always as identity primary key,
    company_id    bigint      not null references companies (id),
    name          text,
    street        text        not null,
    street_number text,
    city          text        not null,
    zip           text,
    country       text,
    notes         text,
    search_text   text        not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    -- Lets clients and contacts reference an address of their own company only.
    unique (company_id, id)
);

create index addresses_search on addresses using gin (company_id, search_text gin_trgm_ops);

create table clients (
    id                  bigint generated always as identity primary key,
    company_id          bigint      not null references companies (id),
    visible_id          bigint      not null,
    name                text        not null,
    tax_id              text,
    email               text,
    type                text        not null check (type in ('MURSHE', 'COMPANY', 'PATOOR')),
    address_id          bigint,
    bank_number         text,
    branch_number       text,
    account_number      text,
    payment_term_type   text check (payment_term_type in ('CURRENT_PLUS_DAYS', 'DAYS_ONLY')),
    payment_term_days   integer check (payment_term_days between 0 and 365),
    search_text         text        not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    constraint clients_visible_id_unique unique (company_id, visible_id),
    constraint clients_address_fk foreign key (company_id, address_id) references addresses (company_id, id)
);

create index clients_address on clients (company_id, address_id);
create index clients_search on clients using gin (company_id, search_text gin_trgm_ops);

create table contacts (
    id                bigint generated always as identity primary key,
    company_id        bigint      not null references companies (id),
    visible_id        bigint      not null,
    first_name        text        not null check (first_name <> ''),
    last_name         text,
    email             text,
    phone_number      text,
    client_visible_id bigint,
    address_id        bigint,
    search_text       text        not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    constraint contacts_visible_id_unique unique (company_id, visible_id),
    -- A client's visibleId never changes and is never reused, so contacts point at it directly.
    constraint contacts_client_fk foreign key (company_id, client_visible_id)
        references clients (company_id, visible_id),
    constraint contacts_address_fk foreign key (company_id, address_id) references addresses (company_id, id)
);

create index contacts_client on contacts (company_id, client_visible_id);
create index contacts_address on contacts (company_id, address_id);
create index contacts_search on contacts using gin (company_id, search_text gin_trgm_ops);
