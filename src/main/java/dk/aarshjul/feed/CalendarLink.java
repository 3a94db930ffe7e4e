package dk.aarshjul.feed;

import java.time.OffsetDateTime;

/** A personal calendar link as it is listed: without its token, which is never kept, and without the token's hash. */
record CalendarLink(long id, String personId, OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {
}
