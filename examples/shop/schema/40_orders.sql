-- Orders and their lines.
CREATE TABLE orders (
    id          bigserial PRIMARY KEY,
    user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status      order_status NOT NULL DEFAULT 'pending',
    placed_at   timestamptz NOT NULL DEFAULT now(),
    note        text
);

CREATE INDEX ON orders (user_id);
CREATE INDEX orders_open_idx ON orders (placed_at DESC) WHERE status IN ('pending', 'paid');

CREATE TABLE order_items (
    order_id    bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id  int NOT NULL REFERENCES products (id),
    quantity    int NOT NULL CHECK (quantity > 0),
    price_cents integer NOT NULL,
    PRIMARY KEY (order_id, product_id)
);

CREATE VIEW order_totals AS
    SELECT o.id AS order_id, o.user_id, sum(i.quantity * i.price_cents) AS total_cents
    FROM orders o JOIN order_items i ON i.order_id = o.id
    GROUP BY o.id, o.user_id;

-- Lines of ten or more. `*` is expanded by PostgreSQL when it stores the view, so parsing alone
-- cannot compare this text with the database's: driftgate lets its throwaway PostgreSQL decide
-- it (docs/shadow.md).
CREATE VIEW bulk_order_items AS
    SELECT * FROM order_items WHERE quantity >= 10;
