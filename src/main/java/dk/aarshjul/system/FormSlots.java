package dk.aarshjul.system;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Gives a form its repeated items as numbered slots ({@code <prefix>1}, {@code <prefix>2}, …, each a JSON object a
 * form-js group with that path shows), and their number, by which the form hides the slots not in use. Forms use
 * fixed slots because Tasklist 7.24 cannot complete a form with a dynamic list.
 */
public final class FormSlots {

	private static final ObjectMapper JSON = new ObjectMapper();

	private FormSlots() {
	}

	public static void put(VariableScope scope, String prefix, String countVariable, List<? extends Map<String, ?>> items) {
		scope.setVariable(countVariable, items.size());
		for (int i = 0; i < items.size(); i++) {
			scope.setVariable(prefix + (i + 1), json(items.get(i)));
		}
	}

	/** A value as a Spin JSON variable, as forms read it. */
	public static Object json(Object value) {
		try {
			return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
		}
		catch (JsonProcessingException e) {
			throw new IllegalArgumentException(e);
		}
	}
}
