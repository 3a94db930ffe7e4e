package dk.aarshjul.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import dk.aarshjul.organisation.Organisation.Centre;
import dk.aarshjul.organisation.Organisation.Committee;
import dk.aarshjul.organisation.Organisation.Council;
import dk.aarshjul.organisation.Organisation.Director;
import dk.aarshjul.organisation.Organisation.Person;
import dk.aarshjul.organisation.Organisation.Unit;

/**
 * Reads and checks the organisation file. It works on YAML nodes rather than binding to classes so that every
 * problem names its line; it collects all problems before it refuses the file, and it never returns a
 * half-read organisation.
 */
public final class OrganisationFile {

	/** Ids become Camunda user and group ids, so they are kept to what every database and URL accepts. */
	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

	private final String source;
	private final List<String> problems = new ArrayList<>();

	private OrganisationFile(String source) {
		this.source = source;
	}

	public static Organisation read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return read(resource.getDescription(), new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new OrganisationFileException(resource.getDescription(), List.of("cannot be read: " + e.getMessage()));
		}
	}

	public static Organisation read(String source, Reader reader) {
		return new OrganisationFile(source).parse(reader);
	}

	private Organisation parse(Reader reader) {
		Node root;
		try {
			root = new Yaml(new LoaderOptions()).compose(reader);
		}
		catch (MarkedYAMLException e) {
			throw new OrganisationFileException(source, List.of("line " + (e.getProblemMark().getLine() + 1)
					+ ": not valid YAML: " + e.getProblem()));
		}
		if (!(root instanceof MappingNode top)) {
			throw new OrganisationFileException(source, List.of("line 1: the file must be a mapping with "
					+ "'municipality', 'people', 'secretariat', 'directors' and 'centres'"));
		}
		Map<String, Node> fields = fields(top, Set.of("municipality", "exampleData", "people", "secretariat",
				"council", "directors", "centreCouncil", "mainWorksCouncil", "centres"));

		Map<String, Node> municipality = fields(mapping(fields, "municipality", top), Set.of("id", "name"));
		String municipalityId = id(municipality, "id", top);
		String municipalityName = text(municipality, "name", top);
		boolean exampleData = fields.get("exampleData") instanceof ScalarNode s && "true".equals(s.getValue());

		Map<String, Person> people = new LinkedHashMap<>();
		Map<String, Node> personNodes = new HashMap<>();
		for (MappingNode node : mappings(fields, "people", top)) {
			Map<String, Node> f = fields(node, Set.of("id", "name", "email"));
			String id = id(f, "id", node);
			if (id != null && people.containsKey(id)) {
				problem(node, "person '" + id + "' is declared twice (first on line " + line(personNodes.get(id)) + ")");
				continue;
			}
			Person person = new Person(id, text(f, "name", node), optionalText(f, "email"));
			if (id != null) {
				people.put(id, person);
				personNodes.put(id, node);
			}
		}

		List<String> secretariat = members(fields, "secretariat", top, people);
		Council council = council(fields, top, people);
		List<String> centreCouncil = members(fields, "centreCouncil", top, people);
		List<String> mainWorksCouncil = members(fields, "mainWorksCouncil", top, people);

		Map<String, Node> orgIds = new HashMap<>();
		List<Centre> centres = new ArrayList<>();
		for (MappingNode node : mappings(fields, "centres", top)) {
			Map<String, Node> f = fields(node, Set.of("id", "name", "chief", "worksCouncil", "units"));
			String id = uniqueOrgId(f, node, orgIds, "centre");
			String name = text(f, "name", node);
			String chief = personRef(f, "chief", node, people, "a centre must have a chief");
			List<String> centreMed = f.containsKey("worksCouncil")
					? personRefs(f, "worksCouncil", node, people, true)
					: chief == null ? List.of() : List.of(chief);
			List<Unit> units = new ArrayList<>();
			for (MappingNode unitNode : mappings(f, "units", node)) {
				Map<String, Node> u = fields(unitNode, Set.of("id", "name", "type", "leader", "worksCouncil"));
				String leader = personRef(u, "leader", unitNode, people, "a unit must have a leader");
				List<String> unitMed = u.containsKey("worksCouncil")
						? personRefs(u, "worksCouncil", unitNode, people, true)
						: leader == null ? List.of() : List.of(leader);
				units.add(new Unit(uniqueOrgId(u, unitNode, orgIds, "unit"), text(u, "name", unitNode),
						optionalText(u, "type"), leader, unitMed));
			}
			centres.add(new Centre(id, name, chief, centreMed, List.copyOf(units)));
		}

		Map<String, String> directorOfCentre = new HashMap<>();
		List<Director> directors = new ArrayList<>();
		for (MappingNode node : mappings(fields, "directors", top)) {
			Map<String, Node> f = fields(node, Set.of("person", "title", "centres"));
			String person = personRef(f, "person", node, people, "a director must name a person");
			List<String> responsibleFor = new ArrayList<>();
			for (ScalarNode ref : scalars(f, "centres", node)) {
				String centre = ref.getValue();
				if (centres.stream().noneMatch(c -> centre.equals(c.id()))) {
					problem(ref, "director '" + person + "' is responsible for the unknown centre '" + centre + "'");
				}
				else if (directorOfCentre.putIfAbsent(centre, person) != null) {
					problem(ref, "centre '" + centre + "' already has director '" + directorOfCentre.get(centre) + "'");
				}
				responsibleFor.add(centre);
			}
			directors.add(new Director(person, text(f, "title", node), List.copyOf(responsibleFor)));
		}
		for (Centre centre : centres) {
			if (centre.id() != null && !directorOfCentre.containsKey(centre.id())) {
				problem(orgIds.get(centre.id()), "centre '" + centre.id() + "' has no director responsible for it");
			}
		}

		if (!problems.isEmpty()) {
			throw new OrganisationFileException(source, problems);
		}
		return new Organisation(municipalityId, municipalityName, exampleData, List.copyOf(people.values()),
				secretariat, council, List.copyOf(directors), centreCouncil, mainWorksCouncil, List.copyOf(centres));
	}

	private Council council(Map<String, Node> fields, Node top, Map<String, Person> people) {
		Node node = mapping(fields, "council", top);
		Map<String, Node> f = fields(node, Set.of("secretaries", "committees"));
		List<String> secretaries = personRefs(f, "secretaries", node, people, true);
		List<Committee> committees = new ArrayList<>();
		Map<String, Node> ids = new HashMap<>();
		for (MappingNode committeeNode : mappings(f, "committees", node)) {
			Map<String, Node> c = fields(committeeNode, Set.of("id", "name", "finance", "secretaries"));
			String id = uniqueOrgId(c, committeeNode, ids, "committee");
			boolean finance = c.get("finance") instanceof ScalarNode s && "true".equals(s.getValue());
			committees.add(new Committee(id, text(c, "name", committeeNode), finance,
					personRefs(c, "secretaries", committeeNode, people, true)));
		}
		long financeCommittees = committees.stream().filter(Committee::finance).count();
		if (node != null && financeCommittees != 1) {
			problem(f.getOrDefault("committees", node), "exactly one committee must be the finance committee (Økonomiudvalget) with 'finance: true', "
					+ "found " + financeCommittees);
		}
		return new Council(secretaries, List.copyOf(committees));
	}

	/** A mapping with a list of people under 'members'. */
	private List<String> members(Map<String, Node> fields, String key, Node top, Map<String, Person> people) {
		Node node = mapping(fields, key, top);
		return personRefs(fields(node, Set.of("members")), "members", node, people, true);
	}

	private String uniqueOrgId(Map<String, Node> fields, Node node, Map<String, Node> seen, String kind) {
		String id = id(fields, "id", node);
		if (id != null && seen.containsKey(id)) {
			problem(node, kind + " id '" + id + "' is already used on line " + line(seen.get(id))
					+ " (centre and unit ids must be unique together)");
		}
		else if (id != null) {
			seen.put(id, node);
		}
		return id;
	}

	private String personRef(Map<String, Node> fields, String key, Node owner, Map<String, Person> people,
			String missing) {
		Node node = fields.get(key);
		if (!(node instanceof ScalarNode ref) || ref.getValue().isBlank()) {
			problem(owner, missing + " ('" + key + "')");
			return null;
		}
		if (!people.containsKey(ref.getValue())) {
			problem(ref, "'" + ref.getValue() + "' is not a person declared under 'people'");
			return null;
		}
		return ref.getValue();
	}

	private List<String> personRefs(Map<String, Node> fields, String key, Node owner, Map<String, Person> people,
			boolean required) {
		List<String> ids = new ArrayList<>();
		for (ScalarNode ref : scalars(fields, key, owner)) {
			if (!people.containsKey(ref.getValue())) {
				problem(ref, "'" + ref.getValue() + "' is not a person declared under 'people'");
			}
			else {
				ids.add(ref.getValue());
			}
		}
		if (required && ids.isEmpty() && owner != null) {
			problem(owner, "'" + key + "' must name at least one person");
		}
		return List.copyOf(ids);
	}

	private Map<String, Node> fields(Node node, Set<String> allowed) {
		Map<String, Node> fields = new LinkedHashMap<>();
		if (!(node instanceof MappingNode mapping)) {
			return fields;
		}
		for (NodeTuple tuple : mapping.getValue()) {
			String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
			if (key == null || !allowed.contains(key)) {
				problem(tuple.getKeyNode(), "unknown field '" + key + "' (expected one of " + allowed.stream().sorted().toList() + ")");
			}
			else if (fields.put(key, tuple.getValueNode()) != null) {
				problem(tuple.getKeyNode(), "field '" + key + "' is given twice");
			}
		}
		return fields;
	}

	private Node mapping(Map<String, Node> fields, String key, Node owner) {
		Node node = fields.get(key);
		if (!(node instanceof MappingNode)) {
			problem(node == null ? owner : node, "'" + key + "' must be a mapping");
			return null;
		}
		return node;
	}

	private List<MappingNode> mappings(Map<String, Node> fields, String key, Node owner) {
		Node node = fields.get(key);
		if (!(node instanceof SequenceNode list)) {
			problem(node == null ? owner : node, "'" + key + "' must be a list");
			return List.of();
		}
		List<MappingNode> items = new ArrayList<>();
		for (Node item : list.getValue()) {
			if (item instanceof MappingNode m) {
				items.add(m);
			}
			else {
				problem(item, "each entry of '" + key + "' must be a mapping");
			}
		}
		return items;
	}

	private List<ScalarNode> scalars(Map<String, Node> fields, String key, Node owner) {
		Node node = fields.get(key);
		if (!(node instanceof SequenceNode list)) {
			problem(node == null ? owner : node, "'" + key + "' must be a list");
			return List.of();
		}
		List<ScalarNode> items = new ArrayList<>();
		for (Node item : list.getValue()) {
			if (item instanceof ScalarNode s) {
				items.add(s);
			}
			else {
				problem(item, "each entry of '" + key + "' must be a single value");
			}
		}
		return items;
	}

	private String id(Map<String, Node> fields, String key, Node owner) {
		String value = text(fields, key, owner);
		if (value != null && !ID.matcher(value).matches()) {
			problem(fields.get(key), "'" + value + "' is not a valid id (lower-case letters, digits and hyphens, "
					+ "starting with a letter or digit, at most 63 characters)");
			return null;
		}
		return value;
	}

	private String text(Map<String, Node> fields, String key, Node owner) {
		Node node = fields.get(key);
		if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) {
			problem(node == null ? owner : node, "'" + key + "' is required");
			return null;
		}
		return s.getValue().strip();
	}

	private static String optionalText(Map<String, Node> fields, String key) {
		return fields.get(key) instanceof ScalarNode s && !s.getValue().isBlank() ? s.getValue().strip() : null;
	}

	private void problem(Node node, String message) {
		problems.add((node == null ? "" : "line " + line(node) + ": ") + message);
	}

	private static int line(Node node) {
		return node.getStartMark().getLine() + 1;
	}
}
