package dk.aarshjul.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.springframework.stereotype.Component;

/**
 * Registers {@link LongTextSerializer} before Camunda's own serializers, so that every String variable too long
 * for Camunda's text column – whoever sets it: a form, the REST API, a listener – is kept in the byte-array table;
 * and {@link LongTextHistoryEventProducer}, so that a long form field's extra copy in history does not overflow it.
 */
@Component
class LongTextPlugin extends AbstractProcessEnginePlugin {

	@Override
	@SuppressWarnings("rawtypes")
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<TypedValueSerializer> serializers = new ArrayList<>();
		serializers.add(new LongTextSerializer());
		if (configuration.getCustomPreVariableSerializers() != null) {
			serializers.addAll(configuration.getCustomPreVariableSerializers());
		}
		configuration.setCustomPreVariableSerializers(serializers);
		if (configuration.getHistoryEventProducer() == null) {
			configuration.setHistoryEventProducer(new LongTextHistoryEventProducer());
		}
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		if (!(configuration.getHistoryEventProducer() instanceof LongTextHistoryEventProducer)) {
			throw new IllegalStateException("Another history event producer is configured ("
					+ configuration.getHistoryEventProducer().getClass().getName()
					+ "); submitting a form with a text longer than 4000 bytes would fail");
		}
	}
}
