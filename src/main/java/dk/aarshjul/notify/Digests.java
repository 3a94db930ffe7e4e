package dk.aarshjul.notify;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.aarshjul.organisation.OrganisationService;

/**
 * The daily digest: everyone with mails held for it gets one mail that bundles them, oldest first; the held mails
 * are then part of it and are not sent on their own.
 */
@Component
public class Digests {

	/** A busy day is split into several digests, each of a size that mail clients show well. */
	static final int MAX_ITEMS = 50;

	private final Outbox outbox;
	private final Mailer mailer;
	private final OrganisationService organisation;

	Digests(Outbox outbox, Mailer mailer, OrganisationService organisation) {
		this.outbox = outbox;
		this.mailer = mailer;
		this.organisation = organisation;
	}

	/** @return how many digests were written to the outbox */
	@Transactional
	public int compose() {
		if (!mailer.enabled()) {
			return 0;
		}
		Map<String, List<Outbox.Held>> byRecipient = new LinkedHashMap<>();
		for (Outbox.Held mail : outbox.held()) {
			byRecipient.computeIfAbsent(mail.recipient(), r -> new ArrayList<>()).add(mail);
		}
		OffsetDateTime now = Mailer.now();
		int digests = 0;
		for (List<Outbox.Held> all : byRecipient.values()) {
			for (int from = 0; from < all.size(); from += MAX_ITEMS) {
				write(all.subList(from, Math.min(all.size(), from + MAX_ITEMS)), now);
				digests++;
			}
		}
		return digests;
	}

	private void write(List<Outbox.Held> mails, OffsetDateTime now) {
		Outbox.Held first = mails.get(0);
		StringBuilder body = new StringBuilder("Her er dagens samlede oversigt fra årshjulet: ")
			.append(mails.size() == 1 ? "én besked." : mails.size() + " beskeder.").append("\n\n");
		int number = 1;
		for (Outbox.Held mail : mails) {
			body.append("──── ").append(number++).append(". ").append(mail.subject()).append(" ────\n\n")
				.append(mail.body()).append("\n\n");
		}
		body.append(TaskMails.FOOTER).append("\n\nMed venlig hilsen\nÅrshjulet, ")
			.append(organisation.current().municipalityName());
		String subject = "Årshjulet: dagens oversigt (" + mails.size() + (mails.size() == 1 ? " besked)" : " beskeder)");
		long digest = outbox.add(new Outbox.Mail(first.recipient(), first.personId(), subject, body.toString(),
				MailKind.DIGEST, null, false), now);
		outbox.digested(mails.stream().map(Outbox.Held::id).toList(), digest, now);
	}
}
