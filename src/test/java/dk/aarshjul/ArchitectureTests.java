package dk.aarshjul;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * The packages under {@code dk.aarshjul} depend on each other in one direction only, so that each can be read, and
 * changed, with the ones below it alone.
 */
class ArchitectureTests {

	private static final Path SOURCES = Path.of("src/main/java/dk/aarshjul");

	private static final Pattern IMPORT = Pattern.compile("^import (?:static )?dk\\.aarshjul\\.([a-z]+)\\.",
			Pattern.MULTILINE);

	private static final JavaClasses APPLICATION = new ClassFileImporter().importPath(Path.of("target/classes"));

	@Test
	void packagesAreFreeOfCycles() {
		slices().matching("dk.aarshjul.(*)..").should().beFreeOfCycles().check(APPLICATION);
	}

	/** Every package reads a process's scope through {@code scope}, so it may use nothing of theirs. */
	@Test
	void scopeDependsOnNoOtherPackage() {
		classes().that().resideInAPackage("dk.aarshjul.scope..").should().onlyDependOnClassesThat()
			.resideInAnyPackage("dk.aarshjul.scope..", "java..", "org.camunda.bpm.engine..").check(APPLICATION);
	}

	/**
	 * The compiler copies constants (variable names, group ids) into the classes that use them, so the class files
	 * do not show a package that is imported only for its constants. The imports in the sources do.
	 */
	@Test
	void importsAreFreeOfCycles() throws IOException {
		Map<String, Set<String>> imports = new TreeMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Path relative = SOURCES.relativize(file);
				if (relative.getNameCount() == 1) {
					continue; // the application class, above every package
				}
				String from = relative.getName(0).toString();
				Set<String> targets = imports.computeIfAbsent(from, p -> new TreeSet<>());
				Matcher matcher = IMPORT.matcher(Files.readString(file));
				while (matcher.find()) {
					if (!matcher.group(1).equals(from)) {
						targets.add(matcher.group(1));
					}
				}
			}
		}
		assertThat(imports).as("packages under dk.aarshjul").isNotEmpty();
		List<String> cycles = new ArrayList<>();
		for (String start : imports.keySet()) {
			List<String> cycle = pathBack(start, start, imports, new ArrayList<>(List.of(start)), new TreeSet<>());
			if (!cycle.isEmpty()) {
				cycles.add(String.join(" -> ", cycle));
			}
		}
		assertThat(cycles).as("cycles of imports between the packages").isEmpty();
	}

	/** The packages from {@code from} back to {@code start}, or empty if there is no way back. */
	private static List<String> pathBack(String start, String from, Map<String, Set<String>> imports, List<String> path,
			Set<String> seen) {
		for (String next : imports.getOrDefault(from, Set.of())) {
			if (next.equals(start)) {
				path.add(next);
				return path;
			}
			if (seen.add(next)) {
				path.add(next);
				if (!pathBack(start, next, imports, path, seen).isEmpty()) {
					return path;
				}
				path.remove(path.size() - 1);
			}
		}
		return List.of();
	}
}
