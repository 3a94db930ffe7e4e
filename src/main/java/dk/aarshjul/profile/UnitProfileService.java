package dk.aarshjul.profile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.profile.UnitProfileProcess.Var;
import dk.aarshjul.system.EngineClock;
import dk.aarshjul.system.FormValues;
import dk.aarshjul.system.FourEyes;
import dk.aarshjul.system.SubmissionRefusedException;
import dk.aarshjul.system.TextLimits;

/** Units' profiles: a leader's request, the leader's text, the chief's decision, and the published profiles. */
@Service
public class UnitProfileService {

	static final String APPROVE = "approve";
	static final String RETURN = "return";

	private final JdbcClient jdbc;

	UnitProfileService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The unit a request is about, and the version it starts (prefilled with the published one, if any). */
	record Requested(UnitProfile profile, String unitName) {
	}

	/**
	 * Starts a new version of a unit's profile for its leader, or refuses with every problem.
	 *
	 * @param given the unit's name or id from the start form (may be empty for a leader of one unit)
	 * @param ledUnits the units the person leads
	 */
	@Transactional
	Requested request(Object given, String user, Set<String> ledUnits, Organisation org, String processInstanceId) {
		String text = FormValues.text(given);
		List<Organisation.Unit> led = org.units().filter(u -> ledUnits.contains(u.id())).toList();
		Organisation.Unit unit = null;
		List<String> problems = new ArrayList<>();
		if (led.isEmpty()) {
			problems.add("Enhedens profil skrives af enhedens leder, og du leder ingen enhed.");
		}
		else if (text == null) {
			if (led.size() > 1) {
				problems.add("Du leder flere enheder; skriv, hvilken profilen gælder.");
			}
			else {
				unit = led.get(0);
			}
		}
		else {
			unit = led.stream().filter(u -> u.name().equalsIgnoreCase(text) || u.id().equalsIgnoreCase(text)).findFirst()
				.orElse(null);
			if (unit == null) {
				problems.add("»" + text + "« er ikke en enhed, du leder.");
			}
		}
		if (unit != null && underWay(org.municipalityId(), unit.id()).isPresent()) {
			problems.add("Der er allerede en profil for " + unit.name() + " under udarbejdelse; gør den færdig i Tasklist.");
		}
		if (!problems.isEmpty()) {
			throw new SubmissionRefusedException("Enhedsprofilen", problems);
		}
		String centre = org.centreOfUnit(unit.id()).orElseThrow().id();
		Optional<UnitProfile> published = published(org.municipalityId(), unit.id());
		int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM unit_profile WHERE municipality_id = ? AND unit_id = ?")
			.params(org.municipalityId(), unit.id()).query(Integer.class).single();
		jdbc.sql("""
				INSERT INTO unit_profile (municipality_id, unit_id, centre_id, version, status, about, offer, emphasis, contact,
				    written_by, written_at, process_instance_id)
				VALUES (?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?)""")
			.params(org.municipalityId(), unit.id(), centre, version, published.map(UnitProfile::about).orElse(null),
					published.map(UnitProfile::offer).orElse(null), published.map(UnitProfile::emphasis).orElse(null),
					published.map(UnitProfile::contact).orElse(null), user, EngineClock.now(), processInstanceId)
			.update();
		return new Requested(byProcess(processInstanceId), unit.name());
	}

	/**
	 * Saves the leader's text and submits it to the chief, or refuses it with every problem.
	 *
	 * @return the profile as the chief reads it (Markdown)
	 */
	@Transactional
	public String submit(String processInstanceId, Map<String, Object> submitted, String user) {
		String about = FormValues.text(submitted.get(Var.ABOUT));
		String offer = FormValues.text(submitted.get(Var.OFFER));
		String emphasis = FormValues.text(submitted.get(Var.EMPHASIS));
		String contact = FormValues.text(submitted.get(Var.CONTACT));
		List<String> problems = new ArrayList<>();
		required(about, "Om enheden", problems);
		required(offer, "Vores tilbud", problems);
		required(contact, "Kontakt", problems);
		limit(about, "Om enheden", problems);
		limit(offer, "Vores tilbud", problems);
		limit(emphasis, "Det lægger vi vægt på", problems);
		limit(contact, "Kontakt", problems);
		if (!problems.isEmpty()) {
			throw new SubmissionRefusedException("Profilen", problems);
		}
		UnitProfile profile = byProcess(processInstanceId);
		jdbc.sql("""
				UPDATE unit_profile SET status = 'SUBMITTED', about = ?, offer = ?, emphasis = ?, contact = ?, written_by = ?,
				    written_at = ?, return_comment = NULL
				WHERE id = ?""")
			.params(about, offer, emphasis, contact, user, EngineClock.now(), profile.id()).update();
		return summary(byProcess(processInstanceId));
	}

	/**
	 * Records the chief's decision: approved, the profile is published and replaces the one before it; sent back,
	 * the leader writes it again. Nobody approves a profile they wrote (four eyes).
	 *
	 * @return whether it was approved
	 */
	@Transactional
	public boolean decide(String processInstanceId, Object decision, Object comment, String user) {
		UnitProfile profile = byProcess(processInstanceId);
		FourEyes.check(profile.writtenBy(), user, "profilen", "en anden i centrets ledelse");
		OffsetDateTime now = EngineClock.now();
		if (APPROVE.equals(decision)) {
			jdbc.sql("""
					UPDATE unit_profile SET status = 'SUPERSEDED'
					WHERE municipality_id = ? AND unit_id = ? AND status = 'APPROVED'""")
				.params(profile.municipalityId(), profile.unitId()).update();
			jdbc.sql("UPDATE unit_profile SET status = 'APPROVED', decided_by = ?, decided_at = ?, return_comment = NULL WHERE id = ?")
				.params(user, now, profile.id()).update();
			return true;
		}
		if (!RETURN.equals(decision)) {
			throw new SubmissionRefusedException("Beslutningen", List.of("Vælg, om profilen godkendes eller sendes tilbage."));
		}
		String text = FormValues.text(comment);
		if (text == null) {
			throw new SubmissionRefusedException("Beslutningen", List.of("Skriv, hvad der skal rettes, når profilen sendes tilbage."));
		}
		if (TextLimits.tooLong(text, TextLimits.COMMENT)) {
			throw new SubmissionRefusedException("Beslutningen",
					List.of("Bemærkningerne er for lange (" + TextLimits.atMost(TextLimits.COMMENT) + ")."));
		}
		jdbc.sql("UPDATE unit_profile SET status = 'RETURNED', decided_by = ?, decided_at = ?, return_comment = ? WHERE id = ?")
			.params(user, now, text, profile.id()).update();
		return false;
	}

	/** The unit's published profile (the approved version), if it has one. */
	public Optional<UnitProfile> published(String municipalityId, String unitId) {
		return jdbc.sql("SELECT * FROM unit_profile WHERE municipality_id = ? AND unit_id = ? AND status = 'APPROVED'")
			.params(municipalityId, unitId).query(UnitProfileService::map).optional();
	}

	/** Every unit's published profile. */
	public List<UnitProfile> published(String municipalityId) {
		return jdbc.sql("SELECT * FROM unit_profile WHERE municipality_id = ? AND status = 'APPROVED' ORDER BY unit_id")
			.param(municipalityId).query(UnitProfileService::map).list();
	}

	UnitProfile byProcess(String processInstanceId) {
		return jdbc.sql("SELECT * FROM unit_profile WHERE process_instance_id = ?").param(processInstanceId)
			.query(UnitProfileService::map).optional()
			.orElseThrow(() -> new IllegalStateException("No unit profile for process instance " + processInstanceId));
	}

	private Optional<UnitProfile> underWay(String municipalityId, String unitId) {
		return jdbc.sql("""
				SELECT * FROM unit_profile WHERE municipality_id = ? AND unit_id = ? AND status IN ('DRAFT', 'SUBMITTED', 'RETURNED')""")
			.params(municipalityId, unitId).query(UnitProfileService::map).stream().findFirst();
	}

	/** The profile as the chief reads it. */
	static String summary(UnitProfile profile) {
		StringBuilder text = new StringBuilder();
		section(text, "Om enheden", profile.about());
		section(text, "Vores tilbud", profile.offer());
		section(text, "Det lægger vi vægt på", profile.emphasis());
		section(text, "Kontakt", profile.contact());
		text.append("Skrevet af ").append(profile.writtenBy()).append(".");
		return text.toString();
	}

	private static void section(StringBuilder text, String title, String body) {
		if (body != null) {
			text.append("**").append(title).append("**\n\n").append(body).append("\n\n");
		}
	}

	private static void required(String value, String field, List<String> problems) {
		if (value == null) {
			problems.add("Skriv »" + field + "«.");
		}
	}

	private static void limit(String value, String field, List<String> problems) {
		if (value != null && TextLimits.tooLong(value, TextLimits.COMMENT)) {
			problems.add("»" + field + "« er for lang (" + TextLimits.atMost(TextLimits.COMMENT) + ").");
		}
	}

	private static UnitProfile map(ResultSet rs, int row) throws SQLException {
		return new UnitProfile(rs.getLong("id"), rs.getString("municipality_id"), rs.getString("unit_id"),
				rs.getString("centre_id"), rs.getInt("version"), rs.getString("status"), rs.getString("about"),
				rs.getString("offer"), rs.getString("emphasis"), rs.getString("contact"), rs.getString("written_by"),
				rs.getObject("written_at", OffsetDateTime.class), rs.getString("decided_by"),
				rs.getObject("decided_at", OffsetDateTime.class), rs.getString("return_comment"),
				rs.getString("process_instance_id"));
	}
}
