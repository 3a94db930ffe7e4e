package dk.aarshjul.agreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.organisation.Organisation.Centre;
import dk.aarshjul.organisation.OrganisationGroups;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.scope.Party;
import dk.aarshjul.strategy.Initiative;
import dk.aarshjul.strategy.StrategyRepository;
import dk.aarshjul.system.EngineClock;
import dk.aarshjul.system.FormValues;
import dk.aarshjul.system.FourEyes;
import dk.aarshjul.system.SubmissionRefusedException;
import dk.aarshjul.system.TextLimits;

/**
 * "Forudsætninger ændret": the mutual duty of the agreement's parties to tell each other of what changes its premises.
 * Either party reports a change of the agreement in force this year (a unit's: its leader or centre chief; a centre's:
 * its chief or director); the other party answers that the agreement stands or that it is to be amended; an amendment
 * is a new version of the agreement, drafted by its owner and approved as the agreement was, which replaces the
 * version in force only when approved. Found by the process instance, never by what a form submits.
 */
@Service
public class AmendmentService {

	static final String STANDS = "stands";
	static final String AMEND = "amend";

	/** What changed. */
	enum Reason {
		ECONOMY("den økonomiske ramme"), LEGISLATION("lovgivningen"), STAFF("personalet"), OTHER("andet");

		final String label;

		Reason(String label) {
			this.label = label;
		}
	}

	/** A reported change: whose agreement, and whether its owner (leader, or chief of a centre) reported it. */
	public record Reported(Party party, String partyId, String centreId, int year, String partyName,
			String centreName, boolean byOwner, String summary) {
	}

	/** The amendment's new version and what its draft form offers. */
	public record Amendment(long agreementId, int year, Map<String, Object> slots,
			List<Map<String, Object>> initiativeOptions, List<Map<String, Object>> lastYearGoalOptions,
			List<Map<String, Object>> amendableGoalOptions, String summary) {
	}

	private final AgreementRepository agreements;
	private final PremisesChangeRepository changes;
	private final AgreementService agreementService;
	private final StrategyRepository strategy;
	private final OrganisationService organisation;
	private final IdentityService identity;

	AmendmentService(AgreementRepository agreements, PremisesChangeRepository changes, AgreementService agreementService,
			StrategyRepository strategy, OrganisationService organisation, IdentityService identity) {
		this.agreements = agreements;
		this.changes = changes;
		this.agreementService = agreementService;
		this.strategy = strategy;
		this.organisation = organisation;
		this.identity = identity;
	}

	/**
	 * Records a change reported through the start form ({@code agreementParty}: the unit's or centre's name, which a
	 * leader of one unit may leave empty; {@code premisesReason}; {@code premisesDescription}), or refuses it with
	 * every problem and records nothing.
	 */
	@Transactional
	public Reported report(Object partyName, Object reason, Object description, String user, String processInstanceId) {
		Organisation org = organisation.current();
		int year = EngineClock.today().getYear();
		List<String> problems = new ArrayList<>();
		Set<String> groups = groupsOf(user);
		Map<String, Reported> choices = choices(org, groups, year);
		Reported party = null;
		String name = FormValues.text(partyName);
		if (choices.isEmpty()) {
			problems.add("Du er ikke part i nogen aftale for " + year + ": ændrede forudsætninger meldes af enhedens leder"
					+ " eller centerchef, eller af centrets chef eller direktør.");
		}
		else if (name == null && choices.size() == 1) {
			party = choices.values().iterator().next();
		}
		else if (name == null || !choices.containsKey(name.toLowerCase(Locale.ROOT))) {
			problems.add((name == null ? "Skriv navnet på den enhed eller det center, hvis aftale det gælder."
					: "»" + name + "« er ikke en enhed eller et center, du er part i en aftale med.")
					+ " Du kan vælge: " + String.join(", ", choices.values().stream().map(Reported::partyName).toList()) + ".");
		}
		else {
			party = choices.get(name.toLowerCase(Locale.ROOT));
		}
		Reason why = null;
		for (Reason r : Reason.values()) {
			if (r.name().equals(reason)) {
				why = r;
			}
		}
		if (why == null) {
			problems.add("Vælg, hvad der er ændret: den økonomiske ramme, lovgivningen, personalet eller andet.");
		}
		String text = FormValues.text(description);
		if (text == null) {
			problems.add("Beskriv, hvad der er ændret, og hvad det betyder for aftalen.");
		}
		else if (TextLimits.tooLong(text, TextLimits.COMMENT)) {
			problems.add("Beskrivelsen er for lang (" + TextLimits.atMost(TextLimits.COMMENT) + ").");
		}
		Optional<Agreement> inForce = party == null ? Optional.empty()
				: agreements.inForce(org.municipalityId(), party.party(), party.partyId(), year);
		if (party != null && inForce.isEmpty()) {
			problems.add(party.partyName() + " har ingen godkendt aftale for " + year
					+ "; ændrede forudsætninger meldes for en aftale, der er i kraft.");
		}
		if (inForce.isPresent() && changes.openFor(inForce.get().id())) {
			problems.add("Der er allerede meldt ændrede forudsætninger for " + party.partyName() + "s aftale for " + year
					+ ", og de er ikke afklaret endnu.");
		}
		if (!problems.isEmpty()) {
			throw new SubmissionRefusedException("Meldingen", problems);
		}
		changes.insert(org.municipalityId(), inForce.get().id(), why.name(), text, user, EngineClock.now(), processInstanceId);
		return new Reported(party.party(), party.partyId(), party.centreId(), year, party.partyName(), party.centreName(),
				party.byOwner(), summary(inForce.get(), why, text, user));
	}

	/** The agreements the user is a party to this year, by the lower-case name of their unit or centre. */
	private Map<String, Reported> choices(Organisation org, Set<String> groups, int year) {
		Map<String, Reported> choices = new LinkedHashMap<>();
		for (Centre centre : org.centres()) {
			boolean chief = groups.contains(OrganisationGroups.centreManagement(centre.id()));
			boolean director = org.directorOf(centre.id())
				.map(d -> groups.contains(OrganisationGroups.directorate(d.person()))).orElse(false);
			if (chief || director) {
				choices.put(centre.name().toLowerCase(Locale.ROOT), new Reported(Party.CENTRE, centre.id(), centre.id(), year,
						centre.name(), centre.name(), chief, null));
			}
			for (Organisation.Unit unit : centre.units()) {
				boolean leader = groups.contains(OrganisationGroups.unitManagement(unit.id()));
				if (leader || chief) {
					choices.put(unit.name().toLowerCase(Locale.ROOT), new Reported(Party.UNIT, unit.id(), centre.id(), year,
							unit.name(), centre.name(), leader, null));
				}
			}
		}
		return choices;
	}

	private Set<String> groupsOf(String user) {
		Set<String> groups = new HashSet<>();
		if (user != null) {
			identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).forEach(groups::add);
		}
		return groups;
	}

	/**
	 * The other party's answer: the agreement stands, or it is to be amended.
	 *
	 * @return whether the agreement is to be amended
	 */
	@Transactional
	public boolean answer(String processInstanceId, Object decision, Object comment, String user) {
		PremisesChangeRepository.Row change = change(processInstanceId);
		FourEyes.check(change.reportedBy(), user, "meldingen om ændrede forudsætninger", "den anden part i aftalen");
		String text = FormValues.text(comment);
		List<String> problems = new ArrayList<>();
		if (!STANDS.equals(decision) && !AMEND.equals(decision)) {
			problems.add("Vælg, om aftalen står ved magt, eller om den skal ændres.");
		}
		if (text == null) {
			problems.add("Skriv jeres vurdering af de ændrede forudsætninger.");
		}
		else if (TextLimits.tooLong(text, TextLimits.COMMENT)) {
			problems.add("Vurderingen er for lang (" + TextLimits.atMost(TextLimits.COMMENT) + ").");
		}
		if (!problems.isEmpty()) {
			throw new SubmissionRefusedException("Svaret", problems);
		}
		changes.answer(change.id(), AMEND.equals(decision) ? "AMEND" : "STANDS", text, user, EngineClock.now());
		return AMEND.equals(decision);
	}

	/** Opens the new version of the agreement in force, prefilled with its goals, for its owner to amend. */
	@Transactional
	public Amendment prepareAmendment(String processInstanceId) {
		PremisesChangeRepository.Row change = change(processInstanceId);
		Agreement inForce = agreements.byId(change.agreementId()).orElseThrow();
		long id = agreements.insertAmendment(inForce, processInstanceId);
		changes.amendedBy(change.id(), id);
		List<Initiative> initiatives = strategy.initiativesInForce(inForce.municipalityId(), inForce.centreId(), inForce.year());
		Set<Long> initiativeIds = new HashSet<>();
		initiatives.forEach(i -> initiativeIds.add(i.id()));
		List<Map<String, Object>> amendable = AgreementService.goalOptions(inForce.goals());
		List<Map<String, Object>> continuable = agreements.inForce(inForce.municipalityId(), inForce.party(),
				inForce.partyId(), inForce.year() - 1).map(a -> AgreementService.goalOptions(a.goals())).orElse(List.of());
		return new Amendment(id, inForce.year(),
				agreementService.slots(inForce.goals(), AgreementDraft.AMENDS, 0, initiativeIds, inForce.economicFrame()),
				AgreementService.options(initiatives),
				continuable, amendable, history(change.agreementId()));
	}

	/** An amendment not approved by the end of its year: the version before it stays in force. */
	@Transactional
	public void lapse(String processInstanceId) {
		change(processInstanceId);
		agreements.findByProcessInstance(processInstanceId).ifPresent(a -> agreements.lapse(a.id()));
	}

	/** The versions of the party's agreement for the year and the changes reported, oldest first (Markdown). */
	public String history(long agreementId) {
		Agreement any = agreements.byId(agreementId).orElseThrow();
		StringBuilder text = new StringBuilder("**Aftalens versioner:**\n");
		for (Agreement version : agreements.findByParty(any.municipalityId(), any.party(), any.partyId())) {
			if (version.year() != any.year()) {
				continue;
			}
			text.append("\n- Version ").append(version.version()).append(": ").append(statusLabel(version.status()));
			if (version.approvedAt() != null) {
				text.append(", godkendt ").append(EngineClock.DANISH_DATE.format(version.approvedAt()))
					.append(version.decidedBy() == null ? "" : " af " + personName(version.decidedBy()));
			}
			if (version.supersededAt() != null) {
				text.append(", erstattet ").append(EngineClock.DANISH_DATE.format(version.supersededAt()));
			}
		}
		List<PremisesChangeRepository.Row> reported = changes.ofAgreement(agreementId);
		if (!reported.isEmpty()) {
			text.append("\n\n**Meldte ændringer af forudsætningerne:**\n");
			for (PremisesChangeRepository.Row change : reported) {
				text.append("\n- ").append(EngineClock.DANISH_DATE.format(change.reportedAt())).append(", ")
					.append(personName(change.reportedBy())).append(" – ").append(Reason.valueOf(change.reason()).label)
					.append(": ").append(change.description());
				if (change.outcome() != null) {
					text.append(" → ").append("AMEND".equals(change.outcome()) ? "aftalen ændres" : "aftalen står ved magt")
						.append(" (").append(personName(change.answeredBy())).append(": ").append(change.answer()).append(")");
				}
			}
		}
		return text.toString();
	}

	private String summary(Agreement inForce, Reason reason, String description, String user) {
		return "**" + personName(user) + "** melder, at forudsætningerne for aftalen for " + inForce.year()
				+ " er ændret: **" + reason.label + "**.\n\n" + description + "\n\n" + agreementService.summary(inForce);
	}

	private static String statusLabel(Agreement.Status status) {
		return switch (status) {
			case DRAFT -> "under udarbejdelse";
			case SUBMITTED -> "til godkendelse";
			case RETURNED -> "sendt tilbage";
			case APPROVED -> "i kraft";
			case SUPERSEDED -> "erstattet";
			case LAPSED -> "ikke godkendt inden årets udgang";
		};
	}

	private String personName(String user) {
		if (user == null) {
			return "systemet";
		}
		Organisation.Person person = organisation.current().peopleById().get(user);
		return person == null ? user : person.name();
	}

	private PremisesChangeRepository.Row change(String processInstanceId) {
		return changes.byProcessInstance(processInstanceId)
			.orElseThrow(() -> new IllegalStateException("No premises change for process instance " + processInstanceId));
	}
}
