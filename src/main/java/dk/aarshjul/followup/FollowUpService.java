package dk.aarshjul.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.aarshjul.agreement.Agreement;
import dk.aarshjul.agreement.AgreementService;
import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.scope.Party;
import dk.aarshjul.strategy.StrategyRepository;
import dk.aarshjul.system.FormValues;
import dk.aarshjul.system.SubmissionRefusedException;
import dk.aarshjul.system.EngineClock;
import dk.aarshjul.system.TextLimits;

/**
 * The follow-up in the second and third quarter: a unit reports on the goals of its agreement for the year; a
 * centre on the goals of its centre agreement or, in a year without one (the first year), on the initiatives of its
 * strategy map; Koncernledelsen on the initiatives of its own map. Every item gets a status (green, yellow, red) and
 * a comment; the follow-up is always found by its process instance, never by what a form submits.
 */
@Service
public class FollowUpService {

	/** What is followed up on: a goal of an agreement or an initiative of a map. */
	public record Item(Long goalId, Long initiativeId, String title, String target) {
	}

	public record Prepared(String partyName, String source, List<Item> items) {
	}

	record Reported(Item item, FollowUpStatus status, String comment) {
	}

	/** A recorded status. */
	public record Status(int quarter, Party party, String partyId, Long goalId, Long initiativeId, String title,
			FollowUpStatus status, String comment) {
	}

	private final FollowUpRepository followUps;
	private final AgreementService agreements;
	private final StrategyRepository strategy;
	private final OrganisationService organisation;

	FollowUpService(FollowUpRepository followUps, AgreementService agreements, StrategyRepository strategy,
			OrganisationService organisation) {
		this.followUps = followUps;
		this.agreements = agreements;
		this.strategy = strategy;
		this.organisation = organisation;
	}

	@Transactional
	public Prepared prepare(String municipalityId, int year, int quarter, Party party, String partyId,
			String processInstanceId) {
		if (followUps.exists(municipalityId, year, quarter, party, partyId)) {
			throw new IllegalStateException(party + " '" + partyId + "' already has a follow-up for Q" + quarter + " " + year);
		}
		followUps.insert(municipalityId, year, quarter, party, partyId, processInstanceId);
		List<Item> items = items(municipalityId, year, party, partyId);
		return new Prepared(name(party, partyId), source(year, party, items), items);
	}

	/** Saves the status of every item, or refuses the report with every problem and saves nothing. */
	@Transactional
	public void report(String processInstanceId, Map<String, Object> submitted, String user) {
		FollowUpRepository.Row row = followUps.byProcessInstance(processInstanceId)
			.orElseThrow(() -> new IllegalStateException("No follow-up for process instance " + processInstanceId));
		List<Item> items = items(row.municipalityId(), row.year(), row.party(), row.partyId());
		Map<Integer, Map<String, Object>> slots = FormValues.slots(submitted, FollowUpProcess.Var.ITEM);
		List<String> problems = new ArrayList<>();
		List<Reported> reported = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			Map<String, Object> slot = slots.getOrDefault(i + 1, Map.of());
			FollowUpStatus status = null;
			for (FollowUpStatus s : FollowUpStatus.values()) {
				if (slot != null && s.name().equals(slot.get("status"))) {
					status = s;
				}
			}
			String comment = slot == null ? null : FormValues.text(slot.get("comment"));
			if (status == null) {
				problems.add("»" + item.title() + "«: vælg grøn, gul eller rød.");
			}
			if (comment == null) {
				problems.add("»" + item.title() + "«: skriv en kommentar til status.");
			}
			else if (TextLimits.tooLong(comment, TextLimits.COMMENT)) {
				problems.add("»" + item.title() + "«: kommentaren er for lang (" + TextLimits.atMost(TextLimits.COMMENT) + ").");
			}
			reported.add(new Reported(item, status, comment));
		}
		if (!problems.isEmpty()) {
			throw new SubmissionRefusedException("Opfølgningen", problems);
		}
		followUps.report(row.id(), reported, user, EngineClock.now());
	}

	public List<Status> statusesOfYear(String municipalityId, int year) {
		return followUps.statusesOfYear(municipalityId, year);
	}

	/** The quarter's follow-ups for the forums: figures, and every goal in red with its comment (Markdown). */
	public String overview(String municipalityId, int year, int quarter) {
		List<Status> statuses = statusesOfYear(municipalityId, year).stream().filter(s -> s.quarter() == quarter).toList();
		long units = statuses.stream().filter(s -> s.party() == Party.UNIT).map(Status::partyId).distinct().count();
		long centres = statuses.stream().filter(s -> s.party() == Party.CENTRE).map(Status::partyId).distinct().count();
		boolean corporate = statuses.stream().anyMatch(s -> s.party() == Party.CORPORATE);
		StringBuilder text = new StringBuilder("**Opfølgningen i " + quarter + ". kvartal " + year + ":** " + units
				+ " enheder" + (corporate ? ", " : " og ") + centres + " centre" + (corporate ? " og Koncernledelsen" : "")
				+ " har givet status på " + statuses.size() + " mål.");
		for (FollowUpStatus status : FollowUpStatus.values()) {
			text.append("  \n").append(status.label()).append(": ")
				.append(statuses.stream().filter(s -> s.status() == status).count());
		}
		List<Status> red = statuses.stream().filter(s -> s.status() == FollowUpStatus.RED).toList();
		if (!red.isEmpty()) {
			text.append("\n\n**Mål i rødt:**\n");
			red.forEach(s -> text.append("\n- ").append(name(s.party(), s.partyId())).append(": ").append(s.title())
				.append(" – ").append(s.comment()));
		}
		return text.toString();
	}

	private List<Item> items(String municipalityId, int year, Party party, String partyId) {
		// Koncernledelsen has no agreement of its own: it follows up on its map.
		Optional<Agreement> agreement = party == Party.CORPORATE ? Optional.empty()
				: agreements.approved(municipalityId, party, partyId, year);
		if (agreement.isPresent()) {
			return agreement.get().goals().stream()
				.map(g -> new Item(g.id(), null, g.title(),
						g.indicator() + ": " + g.target() + " (frist " + EngineClock.DANISH_DATE.format(g.deadline()) + ")"))
				.toList();
		}
		if (party != Party.UNIT) {
			String map = party == Party.CORPORATE ? "Koncernledelsens strategikort " : "centrets strategikort ";
			return strategy.initiativesInForce(municipalityId, partyId, year).stream()
				.map(i -> new Item(null, i.id(), i.label(), "Initiativ på " + map + i.firstYear() + "–" + i.lastYear()
						+ ", visionsmål " + i.visionGoalCode() + ": " + i.visionGoalTitle()))
				.toList();
		}
		return List.of();
	}

	/** Where the items come from, in words: an approved agreement's goals, or else the centre's or Koncernledelsen's map. */
	private static String source(int year, Party party, List<Item> items) {
		boolean hasAgreement = !items.isEmpty() && items.get(0).goalId() != null;
		if (party == Party.UNIT) {
			return hasAgreement ? "målene i den decentrale aftale for " + year : "ingen godkendt aftale for " + year;
		}
		if (party == Party.CORPORATE) {
			return "initiativerne på Koncernledelsens strategikort";
		}
		return hasAgreement ? "målene i centeraftalen for " + year : "initiativerne på centrets strategikort";
	}

	private String name(Party party, String partyId) {
		if (party == Party.CORPORATE) {
			return "Koncernledelsen";
		}
		Organisation org = organisation.current();
		return (party == Party.UNIT ? org.unit(partyId).map(Organisation.Unit::name)
				: org.centre(partyId).map(Organisation.Centre::name)).orElse(partyId);
	}
}
