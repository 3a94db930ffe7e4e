package dk.aarshjul.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.aarshjul.system.EngineClock;

/**
 * Personal calendar links: a token that stands in for the person's password, for calendar clients that cannot
 * send one. A person has at most one link in use: a new one revokes the earlier ones. Only the token's SHA-256 is
 * kept, so the tokens cannot be read back from the database. A link stops working when it is revoked and when its
 * person is no longer a user (the organisation file no longer declares them).
 */
@Service
class CalendarLinks {

	/** Random bytes per token: 256 bits, written as 43 characters of base64url. */
	static final int TOKEN_BYTES = 32;

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
	private static final SecureRandom RANDOM = new SecureRandom();

	private final CalendarLinkRepository links;
	private final IdentityService identity;

	CalendarLinks(CalendarLinkRepository links, IdentityService identity) {
		this.links = links;
		this.identity = identity;
	}

	/** A new link for the person, revoking their earlier ones; the token is returned once and never stored. */
	@Transactional
	String create(String personId) {
		OffsetDateTime now = EngineClock.now();
		links.revokeAll(personId, now);
		byte[] random = new byte[TOKEN_BYTES];
		RANDOM.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		links.insert(personId, hash(token), now);
		return token;
	}

	@Transactional
	void revokeAll(String personId) {
		links.revokeAll(personId, EngineClock.now());
	}

	List<CalendarLink> active(String personId) {
		return links.active(personId);
	}

	/**
	 * The person a token belongs to, if its link is in use and the person is still a user; the link is marked as
	 * used. An unknown, revoked or orphaned token all give nothing, so a caller cannot tell them apart.
	 */
	@Transactional
	Optional<String> owner(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		Optional<CalendarLink> link = links.activeByHash(hash(token))
			.filter(l -> identity.createUserQuery().userId(l.personId()).count() > 0);
		link.ifPresent(l -> links.markUsed(l.id(), EngineClock.now()));
		return link.map(CalendarLink::personId);
	}

	/** The token's SHA-256 in lower-case hex, as the table keeps it. */
	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java platform has SHA-256", e);
		}
	}
}
