-- What the shop sells.
CREATE TABLE products (
    id          int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku         varchar(32) NOT NULL,
    title       text NOT NULL,
    price_cents integer NOT NULL CHECK (price_cents >= 0),
    tags        text[] NOT NULL DEFAULT '{}',
    attributes  jsonb NOT NULL DEFAULT '{}'::jsonb,
    CONSTRAINT products_sku_key UNIQUE (sku)
);

CREATE INDEX products_title_trgm_idx ON products USING gin (title gin_trgm_ops);
