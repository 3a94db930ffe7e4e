package dk.aarshjul.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;

import dk.aarshjul.audit.AuditEntry.Kind;
import dk.aarshjul.audit.AuditEntry.Source;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.system.EngineClock;

/**
 * The audit trail in time order, in Danish: the records' entries, and the engine's where the records do not already
 * say the same (a step the records hold is shown once, as the record says it).
 */
@Service
class AuditService {

	/** How far apart the engine and a record may stamp one step: both are written in the same transaction. */
	private static final Duration SAME_STEP = Duration.ofMinutes(1);

	private final EngineTrail engine;
	private final RecordTrail records;
	private final OrganisationService organisation;

	AuditService(EngineTrail engine, RecordTrail records, OrganisationService organisation) {
		this.engine = engine;
		this.records = records;
		this.organisation = organisation;
	}

	/**
	 * One line: when (dd.mm.åååå kl. HH:mm, Danish time, and as an instant), who (login and name; null when no person
	 * acted), the sentence, and where it was read ({@code RECORD}: our tables; {@code ENGINE}: the engine's history).
	 */
	record Line(String time, String at, String actor, String actorName, String text, String source) {
	}

	List<Line> trail(AuditQuery query) {
		Subjects subjects = new Subjects(organisation.current(), records.personNames(organisation.municipalityId()));
		List<AuditEntry> recorded = records.entries(organisation.municipalityId(), query, subjects);
		List<AuditEntry> entries = new ArrayList<>(recorded);
		for (AuditEntry entry : engine.entries(query, subjects)) {
			if (entry.kind() == Kind.HANDOVER || recorded.stream().noneMatch(r -> sameStep(r, entry))) {
				entries.add(entry);
			}
		}
		entries.sort(Comparator.comparing(AuditEntry::at).thenComparing(e -> e.source() == Source.ENGINE ? 0 : 1));
		return entries.stream().map(e -> line(e, subjects)).toList();
	}

	private static boolean sameStep(AuditEntry record, AuditEntry engine) {
		return Objects.equals(record.actor(), engine.actor())
				&& Duration.between(record.at(), engine.at()).abs().compareTo(SAME_STEP) <= 0
				&& (record.processInstanceId() == null || record.processInstanceId().equals(engine.processInstanceId()));
	}

	private static Line line(AuditEntry entry, Subjects subjects) {
		String name = entry.actor() == null ? null : subjects.person(entry.actor());
		String text = name == null ? Character.toUpperCase(entry.text().charAt(0)) + entry.text().substring(1)
				: name + " " + entry.text();
		return new Line(EngineClock.DANISH_DATE_TIME.format(entry.at().atZone(EngineClock.DANISH_TIME)),
				entry.at().toString(), entry.actor(), name, text, entry.source().name());
	}
}
