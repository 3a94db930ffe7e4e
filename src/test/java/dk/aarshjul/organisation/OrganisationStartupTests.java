package dk.aarshjul.organisation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.ClassPathResource;

import dk.aarshjul.AarshjulApplication;

/** The application does not start on an organisation file with problems, and says which. */
class OrganisationStartupTests {

	@Test
	void aBrokenOrganisationFileStopsTheStartWithItsProblemsAndLines(@TempDir Path folder) throws Exception {
		Path broken = folder.resolve("organisation.yaml");
		Files.writeString(broken, new ClassPathResource("organisation/example-organisation.yaml")
			.getContentAsString(StandardCharsets.UTF_8)
			.replace("leader: leder-vej-og-park }", "}"));

		assertThatThrownBy(() -> new SpringApplicationBuilder(AarshjulApplication.class)
			.profiles("test")
			.run("--aarshjul.organisation.file=" + broken.toUri(), "--spring.main.web-application-type=none",
					"--spring.datasource.url=jdbc:h2:mem:broken-organisation"))
			.rootCause()
			.isInstanceOf(OrganisationFileException.class)
			.hasMessageContaining("cannot be used (1 problem(s))")
			.hasMessageMatching("(?s).*line \\d+: a unit must have a leader \\('leader'\\).*");
	}

	@Test
	void noOrganisationFileOutsideTheDemoStopsTheStartWithWhatToSet() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(AarshjulApplication.class)
			.profiles("test")
			.run("--aarshjul.organisation.file=", "--spring.main.web-application-type=none",
					"--spring.datasource.url=jdbc:h2:mem:no-organisation"))
			.rootCause()
			.hasMessageStartingWith("No organisation file: set AARSHJUL_ORGANISATION_FILE");
	}
}
