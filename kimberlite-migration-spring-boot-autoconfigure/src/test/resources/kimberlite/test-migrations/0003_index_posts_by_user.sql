-- Migration: index_posts_by_user
CREATE INDEX posts_by_user ON posts (user_id);

-- Down Migration
DROP INDEX posts_by_user;
