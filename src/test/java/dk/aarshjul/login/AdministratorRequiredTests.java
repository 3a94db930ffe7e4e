package dk.aarshjul.login;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import dk.aarshjul.AarshjulApplication;

/**
 * Without the demo profile and without single sign-on the application does not start without an administrator's
 * password, nor with one the password policy refuses; it says which variable to set.
 */
class AdministratorRequiredTests {

	@Test
	void noAdministratorPasswordNoStart() {
		assertThatThrownBy(() -> start("aarshjul.login.admin.password="))
			.rootCause().hasMessageContaining("No password for the administrator admin: set AARSHJUL_ADMIN_PASSWORD");
	}

	@Test
	void aWeakAdministratorPasswordNoStart() {
		assertThatThrownBy(() -> start("aarshjul.login.admin.password=admin1234"))
			.rootCause().hasMessageContaining("AARSHJUL_ADMIN_PASSWORD is too weak for the administrator admin");
		assertThatThrownBy(() -> start("aarshjul.login.admin.password=Admin-er-her-igen"))
			.rootCause().hasMessageContaining("must not contain the user id");
	}

	@Test
	void noAdministratorAtAllNoStart() {
		assertThatThrownBy(() -> start("aarshjul.login.admin.user=", "aarshjul.login.admin.password="))
			.rootCause().hasMessageContaining("No administrator: set AARSHJUL_ADMIN_USER and AARSHJUL_ADMIN_PASSWORD");
	}

	private static void start(String... properties) {
		new SpringApplicationBuilder(AarshjulApplication.class).profiles("test")
			.properties("server.port=0", "spring.datasource.url=jdbc:h2:mem:refused-start;DB_CLOSE_DELAY=-1")
			// As arguments, so that they override the test profile's administrator.
			.run(java.util.Arrays.stream(properties).map(p -> "--" + p).toArray(String[]::new))
			.close();
	}
}
