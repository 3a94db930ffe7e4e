package dk.aarshjul.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * @param file the organisation file (required outside the demo profile)
 * @param initialPassword the password given to people synchronised into Camunda for the first time; set only by
 *     the demo profile, so that outside it nobody has a default password
 */
@ConfigurationProperties("aarshjul.organisation")
public record OrganisationProperties(Resource file, String initialPassword) {
}
