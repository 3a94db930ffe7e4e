package dk.aarshjul.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The municipality's organisation as loaded from its file: people, and the roles they hold in the chain of
 * responsibility. It is always complete and consistent; {@link OrganisationFile} refuses anything else.
 *
 * @param council the people who handle Byrådet's tasks (the council's secretaries), and its committees
 * @param centreCouncil the members of Centerrådet
 * @param mainWorksCouncil the members of H-MED who handle its tasks
 */
public record Organisation(
		String municipalityId,
		String municipalityName,
		boolean exampleData,
		List<Person> people,
		List<String> secretariat,
		Council council,
		List<Director> directors,
		List<String> centreCouncil,
		List<String> mainWorksCouncil,
		List<Centre> centres) {

	public record Person(String id, String name, String email) {

		public String firstName() {
			int space = name.lastIndexOf(' ');
			return space < 0 ? name : name.substring(0, space);
		}

		public String lastName() {
			int space = name.lastIndexOf(' ');
			return space < 0 ? "" : name.substring(space + 1);
		}
	}

	public record Council(List<String> secretaries, List<Committee> committees) {
	}

	/** A standing committee ("fagudvalg"); exactly one is the finance committee (Økonomiudvalget). */
	public record Committee(String id, String name, boolean finance, List<String> secretaries) {
	}

	public record Director(String person, String title, List<String> centres) {
	}

	/** @param worksCouncil the members of the centre's C-MED who handle its tasks (the chief when not given) */
	public record Centre(String id, String name, String chief, List<String> worksCouncil, List<Unit> units) {
	}

	/** @param worksCouncil the members of the unit's A-MED who handle its tasks (the leader when not given) */
	public record Unit(String id, String name, String type, String leader, List<String> worksCouncil) {
	}

	public Map<String, Person> peopleById() {
		return people.stream().collect(Collectors.toMap(Person::id, Function.identity()));
	}

	public Optional<Centre> centre(String id) {
		return centres.stream().filter(c -> c.id().equals(id)).findFirst();
	}

	public Optional<Centre> centreOfUnit(String unitId) {
		return centres.stream().filter(c -> c.units().stream().anyMatch(u -> u.id().equals(unitId))).findFirst();
	}

	public Optional<Unit> unit(String id) {
		return units().filter(u -> u.id().equals(id)).findFirst();
	}

	public Stream<Unit> units() {
		return centres.stream().flatMap(c -> c.units().stream());
	}

	public Optional<Director> directorOf(String centreId) {
		return directors.stream().filter(d -> d.centres().contains(centreId)).findFirst();
	}

	public Optional<Committee> committee(String id) {
		return council.committees().stream().filter(c -> c.id().equals(id)).findFirst();
	}

	public Committee financeCommittee() {
		return council.committees().stream().filter(Committee::finance).findFirst().orElseThrow();
	}
}
