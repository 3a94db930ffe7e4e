package dk.aarshjul.feed;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answers of the feed endpoints. The content type is set here rather than negotiated, so that a calendar
 * client asking only for {@code text/calendar} also gets a plain 404 it can show.
 */
final class FeedResponses {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private FeedResponses() {
	}

	/** The scope's feed, named aarshjul.ics for the municipality and aarshjul-<id>.ics for a centre or a unit. */
	static ResponseEntity<String> calendar(YearFeed feed, FeedScope scope) {
		String filename = scope.kind() == FeedScope.Kind.MUNICIPALITY ? "aarshjul.ics" : "aarshjul-" + scope.id() + ".ics";
		return calendar(feed.text(scope), filename);
	}

	private static ResponseEntity<String> calendar(String text, String filename) {
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
			.body(text);
	}

	static ResponseEntity<String> notFound(String message) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(message);
	}
}
