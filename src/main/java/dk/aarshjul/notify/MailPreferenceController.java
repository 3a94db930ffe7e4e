package dk.aarshjul.notify;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dk.aarshjul.system.ApiAccess;

/** The caller's own choice of mails: {@code IMMEDIATE} (the default), {@code DAILY} (one digest a day) or {@code OFF}. */
@RestController
@RequestMapping("/api/me/mail-preference")
class MailPreferenceController {

	record PreferenceView(String preference, String description) {

		static PreferenceView of(MailPreference preference) {
			return new PreferenceView(preference.name(), preference.description());
		}
	}

	record PreferenceChange(String preference) {
	}

	static class InvalidPreference extends RuntimeException {
		InvalidPreference(String message) {
			super(message);
		}
	}

	private final MailPreferences preferences;
	private final ApiAccess access;

	MailPreferenceController(MailPreferences preferences, ApiAccess access) {
		this.preferences = preferences;
		this.access = access;
	}

	@GetMapping
	PreferenceView get() {
		return PreferenceView.of(preferences.of(access.userId()));
	}

	@PutMapping
	PreferenceView put(@RequestBody(required = false) PreferenceChange change) {
		String person = access.userId();
		MailPreference chosen = Arrays.stream(MailPreference.values())
			.filter(p -> change != null && p.name().equalsIgnoreCase(String.valueOf(change.preference()).trim()))
			.findFirst()
			.orElseThrow(() -> new InvalidPreference("Vælg \"preference\" blandt " + Arrays.stream(MailPreference.values())
				.map(p -> p.name() + " (" + p.description() + ")").collect(Collectors.joining(", ")) + "."));
		preferences.set(person, chosen);
		return PreferenceView.of(chosen);
	}

	@ExceptionHandler(InvalidPreference.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ApiAccess.Problem invalid(InvalidPreference e) {
		return new ApiAccess.Problem(e.getMessage());
	}
}
