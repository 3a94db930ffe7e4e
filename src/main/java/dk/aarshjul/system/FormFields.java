package dk.aarshjul.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The variables a Camunda Form (form-js) submits: the keys of its input fields, and the path of each group or dynamic
 * list, which submits its fields as one object under that path (the numbered slots of {@link FormSlots}). A field's
 * dotted key or path submits its first part. Disabled fields are not submitted; text, html, buttons and the like have
 * no value. Read from the form deployed for a task ({@code camunda:formRef} or {@code camunda:formKey}), so that
 * nothing else can be submitted with it.
 */
public final class FormFields {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Set<String> NO_VALUE = Set.of("text", "html", "image", "button", "separator", "spacer",
			"table", "iframe");

	/** By process definition and task (or start event); a deployed definition's forms never change. */
	private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();

	private FormFields() {
	}

	/** The fields of a form, given as form-js JSON. */
	public static Set<String> of(JsonNode form) {
		Set<String> keys = new LinkedHashSet<>();
		collect(form, keys);
		return Collections.unmodifiableSet(keys);
	}

	private static void collect(JsonNode node, Set<String> keys) {
		for (JsonNode component : node.path("components")) {
			if (component.path("disabled").asBoolean(false)) {
				continue;
			}
			String path = component.path("path").asText("");
			String key = component.path("key").asText("");
			if (!path.isEmpty()) {
				keys.add(first(path));
			}
			else if (!key.isEmpty() && !NO_VALUE.contains(component.path("type").asText())) {
				keys.add(first(key));
			}
			else {
				collect(component, keys);
			}
		}
	}

	private static String first(String dotted) {
		int dot = dotted.indexOf('.');
		return dot < 0 ? dotted : dotted.substring(0, dot);
	}

	/** The fields of the task's form (none if it has no form), as the caller may see the task. */
	static Set<String> ofTask(ProcessEngine engine, Task task) {
		String cacheKey = task.getProcessDefinitionId() == null ? null
				: task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey();
		if (cacheKey != null && CACHE.containsKey(cacheKey)) {
			return CACHE.get(cacheKey);
		}
		Set<String> keys;
		try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
			keys = of(JSON.readTree(form));
		}
		catch (AuthorizationException refused) {
			throw refused;
		}
		catch (ProcessEngineException noForm) {
			keys = Set.of();
		}
		catch (IOException e) {
			throw new IllegalStateException("The form of task " + task.getId() + " cannot be read", e);
		}
		if (cacheKey != null) {
			CACHE.put(cacheKey, keys);
		}
		return keys;
	}

	/** The fields of the process's start form (none if it has none). */
	static Set<String> ofStart(ProcessEngine engine, ProcessDefinition definition) {
		return CACHE.computeIfAbsent(definition.getId() + "#start", id -> {
			try (InputStream form = engine.getFormService().getDeployedStartForm(definition.getId())) {
				return of(JSON.readTree(form));
			}
			catch (AuthorizationException refused) {
				throw refused;
			}
			catch (ProcessEngineException noForm) {
				return Set.of();
			}
			catch (IOException e) {
				throw new IllegalStateException("The start form of " + definition.getId() + " cannot be read", e);
			}
		});
	}
}
