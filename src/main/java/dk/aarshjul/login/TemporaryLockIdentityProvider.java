package dk.aarshjul.login;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda's own user store, with one change: a login locked after too many wrong passwords opens again by itself
 * once the lock duration has passed since the last wrong attempt's wait ran out (Camunda keeps it locked until an
 * administrator unlocks it, which would let anyone who knows a login id lock a leader out for good). Each lock-out
 * and each automatic unlock is logged with the user id, never the password.
 */
class TemporaryLockIdentityProvider extends DbIdentityServiceProvider {

	private static final Logger log = LoggerFactory.getLogger(TemporaryLockIdentityProvider.class);

	private final Duration lockDuration;

	TemporaryLockIdentityProvider(Duration lockDuration) {
		this.lockDuration = lockDuration;
	}

	@Override
	protected boolean isUserLocked(UserEntity user) {
		int maxAttempts = Context.getProcessEngineConfiguration().getLoginMaxAttempts();
		if (user.getAttempts() >= maxAttempts && lockHasRunOut(user)) {
			getIdentityInfoManager().updateUserLock(user, 0, null);
			log.warn("Login of user {} unlocked: the lock-out after {} wrong passwords has run out ({})", user.getId(),
					maxAttempts, lockDuration);
			return false;
		}
		return super.isUserLocked(user);
	}

	private boolean lockHasRunOut(UserEntity user) {
		Date lastDelayEnded = user.getLockExpirationTime();
		return lastDelayEnded == null
				|| !ClockUtil.getCurrentTime().before(new Date(lastDelayEnded.getTime() + lockDuration.toMillis()));
	}

	@Override
	protected void lockUser(UserEntity user) {
		super.lockUser(user);
		int maxAttempts = Context.getProcessEngineConfiguration().getLoginMaxAttempts();
		if (user.getAttempts() == maxAttempts) {
			log.warn("Login of user {} locked after {} wrong passwords in a row; it opens again by itself {} after {}",
					user.getId(), maxAttempts, lockDuration, user.getLockExpirationTime());
		}
	}

	/** Gives the engine this provider for reading and for writing users, as it would its own. */
	record Factory(Duration lockDuration) implements SessionFactory {

		@Override
		public Class<?> getSessionType() {
			return TemporaryLockIdentityProvider.class;
		}

		@Override
		public Session openSession() {
			return new TemporaryLockIdentityProvider(lockDuration);
		}
	}
}
