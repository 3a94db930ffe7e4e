package dk.aarshjul.notify;

/** How a person wants their mails. */
public enum MailPreference {

	IMMEDIATE("hver mail med det samme"), DAILY("én samlet mail om dagen"), OFF("ingen mails");

	private final String description;

	MailPreference(String description) {
		this.description = description;
	}

	public String description() {
		return description;
	}
}
