package dk.aarshjul.login;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine's side of local logins: the password policy, checked whenever a password is set (Admin, Tasklist's
 * profile, the REST API), and the login throttle with a lock-out that ends by itself.
 */
@Component
class LoginEnginePlugin extends AbstractProcessEnginePlugin {

	private final LoginProperties properties;

	LoginEnginePlugin(LoginProperties properties) {
		this.properties = properties;
	}

	static MunicipalPasswordPolicy policy(LoginProperties properties) {
		return new MunicipalPasswordPolicy(properties.password().minLength());
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setEnablePasswordPolicy(true);
		configuration.setPasswordPolicy(policy(properties));
		LoginProperties.Lockout lockout = properties.lockout();
		configuration.setLoginMaxAttempts(lockout.maxAttempts());
		configuration.setLoginDelayBase(lockout.delayBase());
		configuration.setLoginDelayFactor(lockout.delayFactor());
		configuration.setLoginDelayMaxTime((int) lockout.delayMax().toSeconds());
		configuration.setIdentityProviderSessionFactory(new TemporaryLockIdentityProvider.Factory(lockout.lockDuration()));
	}
}
