-- People who buy things.
CREATE TABLE users (
    id          bigserial PRIMARY KEY,
    email       varchar(320) NOT NULL UNIQUE,
    name        text NOT NULL,
    is_admin    bool NOT NULL DEFAULT false,
    locale      varchar(5) NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'de', 'fr')),
    created_at  timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE users IS 'Registered customers and staff';
COMMENT ON COLUMN users.email IS 'Login, unique';
