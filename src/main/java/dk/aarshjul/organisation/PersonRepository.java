package dk.aarshjul.organisation;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dk.aarshjul.organisation.Organisation.Person;

/** The people each municipality's organisation file has declared, past and present. */
@Repository
class PersonRepository {

	private final JdbcClient jdbc;

	PersonRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Set<String> activeIds(String municipalityId) {
		return new TreeSet<>(jdbc.sql("SELECT person_id FROM organisation_person WHERE municipality_id = ? AND active")
			.param(municipalityId).query(String.class).list());
	}

	void upsert(String municipalityId, Person person, OffsetDateTime now) {
		int updated = jdbc.sql("""
				UPDATE organisation_person SET name = ?, email = ?, active = TRUE, left_at = NULL
				WHERE municipality_id = ? AND person_id = ?""")
			.params(person.name(), person.email(), municipalityId, person.id())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO organisation_person (municipality_id, person_id, name, email, active, first_seen_at)
					VALUES (?, ?, ?, ?, TRUE, ?)""")
				.params(municipalityId, person.id(), person.name(), person.email(), now)
				.update();
		}
	}

	void markLeft(String municipalityId, String personId, OffsetDateTime now) {
		jdbc.sql("UPDATE organisation_person SET active = FALSE, left_at = ? WHERE municipality_id = ? AND person_id = ?")
			.params(now, municipalityId, personId)
			.update();
	}
}
