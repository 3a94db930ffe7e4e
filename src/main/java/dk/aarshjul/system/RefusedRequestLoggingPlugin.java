package dk.aarshjul.system;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.springframework.stereotype.Component;

/**
 * Camunda logs a failed command at ERROR unless it is a bad user request, which it logs at DEBUG. A refusal from a
 * task listener (a form that breaks the rules) reaches it wrapped, so it would be logged as an error with a stack
 * trace; this looks at the causes too, so that operators' logs show real failures only.
 */
@Component
class RefusedRequestLoggingPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		CommandContextFactory factory = new CommandContextFactory() {
			@Override
			public CommandContext createCommandContext() {
				return new CommandContext(processEngineConfiguration) {
					@Override
					protected boolean shouldLogFine(Throwable exception) {
						for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
							if (cause instanceof BadUserRequestException) {
								return true;
							}
						}
						return super.shouldLogFine(exception);
					}
				};
			}
		};
		factory.setProcessEngineConfiguration(configuration);
		configuration.setCommandContextFactory(factory);
	}
}
