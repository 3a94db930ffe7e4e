package dk.aarshjul.login;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * How people log in; every value comes from the environment (see the README's table).
 *
 * @param admin the first administrator
 * @param password the rules for local users' passwords
 * @param lockout how wrong passwords slow a login down and lock it for a while
 * @param oidc single sign-on; off while its issuer is empty
 */
@ConfigurationProperties("aarshjul.login")
record LoginProperties(Admin admin, Password password, Lockout lockout, Oidc oidc) {

	LoginProperties {
		admin = admin != null ? admin : new Admin(null, null, false);
		password = password != null ? password : new Password(12);
		lockout = lockout != null ? lockout : new Lockout(10, 3, 2, Duration.ofSeconds(60), Duration.ofMinutes(15));
		oidc = oidc != null ? oidc : new Oidc(null, null, null, List.of(), null, "preferred_username");
	}

	/**
	 * @param user the administrator's user id (member of camunda-admin)
	 * @param password the administrator's password; required unless single sign-on is configured
	 * @param knownPasswordAllowed only the demo profile sets this: its administrator's password is "demo"
	 */
	record Admin(String user, String password, boolean knownPasswordAllowed) {

		boolean named() {
			return StringUtils.hasText(user);
		}
	}

	/** @param minLength the fewest characters a password may have */
	record Password(@DefaultValue("12") int minLength) {
	}

	/**
	 * Camunda's login throttle: after the n-th wrong password in a row the user waits {@code delayBase ×
	 * delayFactor^(n-1)} seconds, at most {@code delayMax}; after {@code maxAttempts} the login is locked, and opens
	 * again {@code lockDuration} later.
	 */
	record Lockout(@DefaultValue("10") int maxAttempts, @DefaultValue("3") int delayBase,
			@DefaultValue("2") int delayFactor, @DefaultValue("60s") Duration delayMax,
			@DefaultValue("15m") Duration lockDuration) {
	}

	/**
	 * @param issuer the provider's issuer URL (discovery at {@code /.well-known/openid-configuration}); empty: off
	 * @param clientId this application's client id at the provider
	 * @param clientSecret its secret
	 * @param scopes the scopes asked for at login
	 * @param audience if set, a bearer token must name it in {@code aud}
	 * @param userClaim the claim that holds the person's id in the organisation file (or their e-mail address)
	 */
	record Oidc(String issuer, String clientId, String clientSecret, @DefaultValue({ "openid", "profile", "email" })
			List<String> scopes, String audience, @DefaultValue("preferred_username") String userClaim) {

		boolean configured() {
			return StringUtils.hasText(issuer);
		}
	}
}
