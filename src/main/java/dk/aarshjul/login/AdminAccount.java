package dk.aarshjul.login;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The first administrator, from the environment ({@code AARSHJUL_ADMIN_USER}, {@code AARSHJUL_ADMIN_PASSWORD}), so
 * that nobody has to, or can, create one through Admin's setup page. The application refuses to start without a
 * password that meets the password policy, unless single sign-on is configured (then the administrator logs in
 * through the provider). Like Camunda's own setting it creates only what does not exist yet: a password changed in
 * Admin stays changed.
 */
@Component
class AdminAccount extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);
	private static final SecureRandom RANDOM = new SecureRandom();

	private final LoginProperties.Admin admin;
	private final boolean singleSignOn;
	private ProcessEngineConfigurationImpl configuration;

	AdminAccount(LoginProperties properties) {
		this.admin = properties.admin();
		this.singleSignOn = properties.oidc().configured();
		refuseWithoutAUsableAdministrator(properties);
	}

	private void refuseWithoutAUsableAdministrator(LoginProperties properties) {
		if (singleSignOn && (admin.password() == null || admin.password().isEmpty())) {
			return;
		}
		if (!admin.named()) {
			throw new IllegalStateException("No administrator: set AARSHJUL_ADMIN_USER and AARSHJUL_ADMIN_PASSWORD (at "
					+ "least " + properties.password().minLength() + " characters, not containing the user id), or "
					+ "configure single sign-on (AARSHJUL_OIDC_ISSUER). For a demonstration, run with the demo profile.");
		}
		if (admin.knownPasswordAllowed()) {
			return;
		}
		if (admin.password() == null || admin.password().isBlank()) {
			throw new IllegalStateException("No password for the administrator " + admin.user() + ": set "
					+ "AARSHJUL_ADMIN_PASSWORD (at least " + properties.password().minLength() + " characters, not "
					+ "containing the user id), or configure single sign-on (AARSHJUL_OIDC_ISSUER).");
		}
		UserEntity candidate = new UserEntity(admin.user());
		List<String> broken = LoginEnginePlugin.policy(properties).broken(admin.password(), candidate);
		if (!broken.isEmpty()) {
			throw new IllegalStateException("AARSHJUL_ADMIN_PASSWORD is too weak for the administrator " + admin.user()
					+ ": it must have at least " + properties.password().minLength() + " characters and must not "
					+ "contain the user id (broken: " + String.join(", ", broken) + ").");
		}
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		this.configuration = configuration;
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		if (!admin.named()) {
			log.warn("No administrator is configured (AARSHJUL_ADMIN_USER): nobody can open Admin or Cockpit until one "
					+ "is given the group camunda-admin");
			return;
		}
		IdentityService identity = engine.getIdentityService();
		if (identity.createUserQuery().userId(admin.user()).count() == 0) {
			User user = identity.newUser(admin.user());
			user.setFirstName("Administrator");
			user.setLastName(admin.user());
			boolean ownPassword = admin.password() != null && !admin.password().isBlank();
			user.setPassword(ownPassword ? admin.password() : secretNobodyKnows());
			// The password was checked against the policy at start (or is the demo's); a secret is nobody's choice.
			configuration.getCommandExecutorTxRequired().execute(new SaveUserCmd(user, true));
			log.info("Administrator {} created{}", admin.user(), ownPassword ? "" : " (logs in through single sign-on)");
		}
		if (identity.createGroupQuery().groupId(CAMUNDA_ADMIN).count() == 0) {
			Group group = identity.newGroup(CAMUNDA_ADMIN);
			group.setName("Administratorer");
			group.setType(Groups.GROUP_TYPE_SYSTEM);
			identity.saveGroup(group);
		}
		AuthorizationService authorizations = engine.getAuthorizationService();
		for (Resources resource : Resources.values()) {
			if (authorizations.createAuthorizationQuery().groupIdIn(CAMUNDA_ADMIN).resourceType(resource)
				.resourceId(ANY).count() == 0) {
				Authorization all = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
				all.setGroupId(CAMUNDA_ADMIN);
				all.setResource(resource);
				all.setResourceId(ANY);
				all.addPermission(Permissions.ALL);
				authorizations.saveAuthorization(all);
			}
		}
		if (identity.createUserQuery().userId(admin.user()).memberOfGroup(CAMUNDA_ADMIN).count() == 0) {
			identity.createMembership(admin.user(), CAMUNDA_ADMIN);
		}
	}

	private static String secretNobodyKnows() {
		byte[] secret = new byte[24];
		RANDOM.nextBytes(secret);
		return Base64.getEncoder().encodeToString(secret);
	}
}
