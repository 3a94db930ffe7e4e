package dk.aarshjul.login;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dk.aarshjul.organisation.Organisation.Person;
import dk.aarshjul.organisation.OrganisationService;

/**
 * Finds the person of the organisation file whom a sign-in at the identity provider names: by the configured claim
 * ({@code preferred_username} by default), which may hold their user id or their e-mail address, or else by the
 * {@code email} claim. The configured administrator is found by user id too. Their Camunda groups come from the
 * organisation, never from the provider.
 */
@Component
class People {

	private final OrganisationService organisation;
	private final LoginProperties properties;

	People(OrganisationService organisation, LoginProperties properties) {
		this.organisation = organisation;
		this.properties = properties;
	}

	/** The person's user id, if the claims name someone the organisation file knows. */
	Optional<String> find(java.util.function.Function<String, Object> claims) {
		Optional<String> byClaim = find(text(claims.apply(properties.oidc().userClaim())));
		return byClaim.isPresent() ? byClaim : find(text(claims.apply("email")));
	}

	private Optional<String> find(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String wanted = value.strip().toLowerCase(Locale.ROOT);
		if (properties.admin().named() && properties.admin().user().toLowerCase(Locale.ROOT).equals(wanted)) {
			return Optional.of(properties.admin().user());
		}
		for (Person person : organisation.current().people()) {
			if (person.id().toLowerCase(Locale.ROOT).equals(wanted)
					|| person.email() != null && person.email().toLowerCase(Locale.ROOT).equals(wanted)) {
				return Optional.of(person.id());
			}
		}
		return Optional.empty();
	}

	private static String text(Object claim) {
		return claim == null ? null : claim.toString();
	}
}
