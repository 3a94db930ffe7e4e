package dk.aarshjul.login;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Single sign-on is on when an issuer is configured ({@code AARSHJUL_OIDC_ISSUER}), and off when it is empty. */
final class SingleSignOnConfigured implements Condition {

	static final String ISSUER = "aarshjul.login.oidc.issuer";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return StringUtils.hasText(context.getEnvironment().getProperty(ISSUER));
	}

	/** The opposite: local logins only. */
	static final class Off implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty(ISSUER));
		}
	}
}
