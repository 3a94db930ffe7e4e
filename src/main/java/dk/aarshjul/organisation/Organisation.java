package dk.aarshjul.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The municipality's organisation as loaded from its file: people, and the roles they hold in the chain of
 * responsibility. It is always complete and consistent; {@link OrganisationFile} refuses anything else.
 */
public record Organisation(
		String municipalityId,
		String municipalityName,
		boolean exampleData,
		List<Person> people,
		List<String> secretariat,
		List<Director> directors,
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

	public record Director(String person, String title, List<String> centres) {
	}

	public record Centre(String id, String name, String chief, List<Unit> units) {
	}

	public record Unit(String id, String name, String type, String leader) {
	}

	public Map<String, Person> peopleById() {
		return people.stream().collect(Collectors.toMap(Person::id, Function.identity()));
	}

	public Optional<Centre> centre(String id) {
		return centres.stream().filter(c -> c.id().equals(id)).findFirst();
	}

	public List<Unit> units() {
		return centres.stream().flatMap(c -> c.units().stream()).toList();
	}
}
