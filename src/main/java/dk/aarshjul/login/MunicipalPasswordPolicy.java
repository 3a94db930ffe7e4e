package dk.aarshjul.login;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;

/**
 * The rules for local users' passwords, as the Danish guidance has them: long rather than complicated (at least 12
 * characters, no demands for digits or special characters), and not built from the person's own login, name or
 * e-mail address. Admin and Tasklist show the rules with Camunda's own (translated) texts.
 */
final class MunicipalPasswordPolicy implements PasswordPolicy {

	private final List<PasswordPolicyRule> rules;

	MunicipalPasswordPolicy(int minLength) {
		this.rules = List.of(new PasswordPolicyLengthRuleImpl(minLength), new NotThePersonsOwnData());
	}

	@Override
	public List<PasswordPolicyRule> getRules() {
		return rules;
	}

	/** The rules a password breaks, by placeholder; empty if it is allowed. */
	List<String> broken(String password, User user) {
		List<String> broken = new ArrayList<>();
		for (PasswordPolicyRule rule : rules) {
			if (!rule.execute(password, user)) {
				broken.add(rule.getPlaceholder());
			}
		}
		return broken;
	}

	/**
	 * Camunda's rule refuses any password containing the first or last name, which for short Danish names ("Bo",
	 * "Ib") refuses ordinary words; this one ignores name parts shorter than three letters.
	 */
	static final class NotThePersonsOwnData implements PasswordPolicyRule {

		@Override
		public String getPlaceholder() {
			return PasswordPolicyUserDataRuleImpl.PLACEHOLDER;
		}

		@Override
		public Map<String, String> getParameters() {
			return null;
		}

		@Override
		public boolean execute(String password) {
			return true;
		}

		@Override
		public boolean execute(String password, User user) {
			if (user == null || password == null) {
				return true;
			}
			String candidate = password.toLowerCase(Locale.ROOT);
			List<String> own = new ArrayList<>();
			own.add(user.getId());
			own.add(user.getEmail());
			if (user.getEmail() != null && user.getEmail().contains("@")) {
				own.add(user.getEmail().substring(0, user.getEmail().indexOf('@')));
			}
			for (String name : new String[] { user.getFirstName(), user.getLastName() }) {
				if (name != null) {
					own.addAll(List.of(name.split("[\\s-]+")));
				}
			}
			return own.stream().filter(part -> part != null && part.length() >= 3)
				.noneMatch(part -> candidate.contains(part.toLowerCase(Locale.ROOT)));
		}
	}
}
