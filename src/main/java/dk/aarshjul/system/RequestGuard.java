package dk.aarshjul.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.task.Task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Checks every request to the engine's REST APIs ({@code /engine-rest} and Tasklist's and Cockpit's
 * {@code /camunda/api/engine}) before the engine is asked, so that a refused request changes nothing:
 * <ul>
 * <li>a task takes only the fields of its own form: completing or submitting it, and setting its variables or
 * task-local variables (a draft kept on the server), with any other name is refused, naming the field;</li>
 * <li>a process's variables are set directly ({@code /process-instance/…/variables}, {@code /execution/…},
 * variables sent with a message, a signal, a condition or a modification) by administrators only; a process is
 * started only with the fields of its start form;</li>
 * <li>who a task is linked to ({@code identity-links}) is changed by administrators only (assignee, claim and
 * delegation are checked by the engine itself: {@code organisation/TaskAssignment});</li>
 * <li>the engine's telemetry and metrics are for administrators only; statistics and reports over every process for
 * administrators and those who may read every process (the secretariat, whose Cockpit shows them);</li>
 * <li>every value must be what its type says, no Java-serialized objects, no text longer than
 * {@link TextLimits#TEXT}, no NUL character (PostgreSQL cannot store it), a body no larger than
 * {@link TextLimits#REQUEST_BYTES} and valid JSON.</li>
 * </ul>
 * Every refusal is a Danish sentence ({@link Refusals}).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RequestGuard implements ContainerRequestFilter {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern ENGINE = Pattern.compile("^/?(?:engine/([^/]+)/?)?(.*?)/?$");
	private static final Pattern ENGINE_INTERNALS = Pattern.compile("^(telemetry|metrics|schema/log)(/.*)?$");
	private static final Pattern OVERVIEWS = Pattern.compile(
			"^(process-definition/(.+/)?statistics|deployment/.+/statistics|history/.*report.*)$");
	private static final Pattern TASK_FORM = Pattern.compile("^task/([^/]+)/(complete|submit-form|resolve)$");
	private static final Pattern TASK_VARIABLES = Pattern.compile("^task/([^/]+)/(variables|localVariables)$");
	private static final Pattern TASK_VARIABLE = Pattern.compile("^task/([^/]+)/(variables|localVariables)/([^/]+)(/data)?$");
	private static final Pattern TASK_LINKS = Pattern.compile("^task/([^/]+)/identity-links(/delete)?$");
	private static final Pattern PROCESS_VARIABLES = Pattern.compile(
			"^(process-instance|execution)/[^/]+/(variables|localVariables)(/.*)?$");
	private static final Pattern START = Pattern.compile(
			"^process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(start|submit-form)$");
	private static final Pattern CARRIES_VARIABLES = Pattern.compile(
			"^(message|signal|condition|process-instance/[^/]+/modification|process-instance/[^/]+/variables/.*)$");
	private static final List<String> VARIABLE_FIELDS = List.of("variables", "modifications", "processVariables",
			"processVariablesLocal", "processVariablesToTriggeredScope", "localVariables");

	@Override
	public void filter(ContainerRequestContext request) throws IOException {
		Matcher where = ENGINE.matcher(request.getUriInfo().getPath());
		if (!where.matches()) {
			return;
		}
		ProcessEngine engine = EngineUtil.lookupProcessEngine(where.group(1));
		Authentication user = engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
		if (user == null || user.getUserId() == null) {
			return; // the authentication filter or the engine refuses it
		}
		try {
			check(request, where.group(2), new Caller(engine, user));
		}
		catch (Refused refused) {
			request.abortWith(Refusals.refuse(refused.status, refused.getMessage()));
		}
	}

	private void check(ContainerRequestContext request, String path, Caller caller) throws IOException {
		if (ENGINE_INTERNALS.matcher(path).matches() && !caller.admin()) {
			throw new Refused(403, "Kun en administrator kan se og ændre motorens telemetri og målinger.");
		}
		if (OVERVIEWS.matcher(path).matches() && !caller.admin() && !caller.readsEveryProcess()) {
			throw new Refused(403, "Kun administratorer og sekretariatet kan se statistik og rapporter over hele "
					+ "kommunens processer.");
		}
		String method = request.getMethod();
		if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
			return;
		}
		JsonNode body = body(request);

		Matcher matcher;
		if ((matcher = TASK_FORM.matcher(path)).matches()) {
			taskFields(caller, matcher.group(1), names(body, "variables"));
		}
		else if ((matcher = TASK_VARIABLES.matcher(path)).matches()) {
			List<String> names = names(body, "modifications");
			body.path("deletions").forEach(name -> names.add(name.asText()));
			taskFields(caller, matcher.group(1), names);
		}
		else if ((matcher = TASK_VARIABLE.matcher(path)).matches()) {
			taskFields(caller, matcher.group(1), List.of(matcher.group(3)));
			if (method.equals("PUT") && body.isObject()) {
				checkValue(matcher.group(3), body);
			}
		}
		else if (TASK_LINKS.matcher(path).matches() && !caller.admin()) {
			throw new Refused(403, "Kun en administrator kan ændre, hvem en opgave er knyttet til. Du kan tage "
					+ "opgaven, lægge den tilbage eller give den til en anden i opgavens gruppe.");
		}
		else if (PROCESS_VARIABLES.matcher(path).matches() && !caller.admin()) {
			throw new Refused(403, "Kun en administrator kan ændre en proces' variabler direkte. Udfyld opgavens "
					+ "formular i stedet.");
		}
		else if ((matcher = START.matcher(path)).matches() && !caller.admin()) {
			startFields(caller, matcher.group(1), matcher.group(2), names(body, "variables"));
		}
		else if (CARRIES_VARIABLES.matcher(path).matches() && !caller.admin() && carriesVariables(body)) {
			throw new Refused(403, "Kun en administrator kan sætte variabler i en proces på denne måde.");
		}
		for (String field : VARIABLE_FIELDS) {
			JsonNode variables = body.path(field);
			for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext();) {
				Map.Entry<String, JsonNode> variable = it.next();
				checkValue(variable.getKey(), variable.getValue());
			}
		}
		for (JsonNode instruction : body.path("startInstructions")) {
			instruction.path("variables").fields().forEachRemaining(v -> checkValue(v.getKey(), v.getValue()));
		}
	}

	/** The body as JSON (an empty object if there is none or it is not JSON), kept for the resource to read. */
	private static JsonNode body(ContainerRequestContext request) throws IOException {
		MediaType type = request.getMediaType();
		boolean json = type == null || type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
		if (!request.hasEntity() || !json) {
			return JSON.createObjectNode();
		}
		byte[] bytes = read(request.getEntityStream(), TextLimits.REQUEST_BYTES + 1);
		request.setEntityStream(new ByteArrayInputStream(bytes));
		if (bytes.length > TextLimits.REQUEST_BYTES) {
			throw new Refused(413, "Forespørgslen er for stor (" + TextLimits.REQUEST_SIZE + ").");
		}
		if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
			return JSON.createObjectNode();
		}
		JsonNode body;
		try {
			body = JSON.readTree(bytes);
		}
		catch (JsonProcessingException e) {
			throw new Refused(400, "Forespørgslen kan ikke læses: den er ikke gyldig JSON.");
		}
		if (containsNul(body)) {
			throw new Refused(400, "Forespørgslen indeholder et NUL-tegn (\\u0000), som ikke kan gemmes. Fjern det, "
					+ "og prøv igen.");
		}
		return body;
	}

	private static byte[] read(InputStream in, int max) throws IOException {
		return in.readNBytes(max);
	}

	private static boolean containsNul(JsonNode node) {
		if (node.isTextual()) {
			return node.asText().indexOf('\0') >= 0;
		}
		for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> field = it.next();
			if (field.getKey().indexOf('\0') >= 0 || containsNul(field.getValue())) {
				return true;
			}
		}
		if (node.isArray()) {
			for (JsonNode element : node) {
				if (containsNul(element)) {
					return true;
				}
			}
		}
		return false;
	}

	private static List<String> names(JsonNode body, String field) {
		List<String> names = new ArrayList<>();
		JsonNode variables = body.path(field);
		if (!variables.isMissingNode() && !variables.isNull() && !variables.isObject()) {
			throw new Refused(400, "»" + field + "« skal være et JSON-objekt med et felt for hver variabel.");
		}
		variables.fieldNames().forEachRemaining(names::add);
		return names;
	}

	private static boolean carriesVariables(JsonNode body) {
		for (String field : VARIABLE_FIELDS) {
			if (body.path(field).size() > 0) {
				return true;
			}
		}
		for (JsonNode instruction : body.path("instructions")) {
			if (instruction.path("variables").size() > 0 || instruction.path("localVariables").size() > 0) {
				return true;
			}
		}
		return false;
	}

	private static void taskFields(Caller caller, String taskId, List<String> names) {
		if (names.isEmpty()) {
			return;
		}
		Task task = caller.engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			return; // not there, or not for this caller: the engine says so
		}
		unknown(names, FormFields.ofTask(caller.engine, task), "opgavens formular");
	}

	private static void startFields(Caller caller, String key, String id, List<String> names) {
		if (names.isEmpty()) {
			return;
		}
		var query = caller.engine.getRepositoryService().createProcessDefinitionQuery();
		ProcessDefinition definition = key != null ? query.processDefinitionKey(key).latestVersion().singleResult()
				: query.processDefinitionId(id).singleResult();
		if (definition == null) {
			return;
		}
		unknown(names, FormFields.ofStart(caller.engine, definition), "processens startformular");
	}

	private static void unknown(List<String> names, Set<String> fields, String form) {
		List<String> unknown = names.stream().filter(name -> !fields.contains(name)).map(name -> "»" + name + "«").toList();
		if (unknown.size() == 1) {
			throw new Refused(400, "Feltet " + unknown.get(0) + " hører ikke til " + form
					+ " og kan ikke gemmes. Intet er ændret.");
		}
		if (!unknown.isEmpty()) {
			throw new Refused(400, "Felterne " + String.join(", ", unknown) + " hører ikke til " + form
					+ " og kan ikke gemmes. Intet er ændret.");
		}
	}

	/** A variable as the REST API takes it: {@code {"value": …, "type": …, "valueInfo": …}}. */
	static void checkValue(String name, JsonNode variable) {
		String field = "Feltet »" + name + "«";
		if (!variable.isObject()) {
			throw new Refused(400, field + " skal sendes som {\"value\": …, \"type\": …}.");
		}
		String type = variable.path("type").asText("").toLowerCase(Locale.ROOT);
		JsonNode value = variable.path("value");
		boolean none = value.isMissingNode() || value.isNull();
		switch (type) {
			case "", "string" -> {
				if (value.isContainerNode()) {
					throw new Refused(400, field + " skal være en tekst, et tal eller JSON (type »Json«).");
				}
			}
			case "integer", "long", "short" -> {
				if (!none && !value.isIntegralNumber() && !(value.isTextual() && value.asText().strip().matches("-?\\d{1,18}"))) {
					throw new Refused(400, field + " skal være et helt tal, ikke " + shown(value) + ".");
				}
			}
			case "double" -> {
				if (!none && !value.isNumber() && !(value.isTextual() && value.asText().strip().matches("-?\\d+(\\.\\d+)?"))) {
					throw new Refused(400, field + " skal være et tal, ikke " + shown(value) + ".");
				}
			}
			case "boolean" -> {
				if (!none && !value.isBoolean() && !value.asText().matches("true|false")) {
					throw new Refused(400, field + " skal være sand eller falsk (true eller false), ikke " + shown(value) + ".");
				}
			}
			case "date" -> {
				if (!none && !value.isTextual()) {
					throw new Refused(400, field + " skal være en dato, ikke " + shown(value) + ".");
				}
			}
			case "json" -> {
				if (!none) {
					JsonNode parsed;
					try {
						parsed = value.isTextual() ? JSON.readTree(value.asText()) : value;
					}
					catch (JsonProcessingException e) {
						throw new Refused(400, field + " skal være gyldig JSON.");
					}
					if (containsNul(parsed)) {
						throw new Refused(400, field + " indeholder et NUL-tegn (\\u0000), som ikke kan gemmes.");
					}
				}
			}
			case "null" -> {
				// no value
			}
			case "object" -> throw new Refused(400, field + " kan ikke gemmes: serialiserede objekter (type »Object«, "
					+ "f.eks. Java-serialisering) modtages ikke. Send tekst, tal eller JSON.");
			default -> throw new Refused(400, field + " kan ikke gemmes: typen »" + variable.path("type").asText()
					+ "« modtages ikke. Send tekst, tal eller JSON.");
		}
		if (value.isTextual() && !type.equals("json") && TextLimits.tooLong(value.asText(), TextLimits.TEXT)) {
			throw new Refused(400, field + " er for langt (" + TextLimits.atMost(TextLimits.TEXT) + "). Intet er ændret.");
		}
	}

	private static String shown(JsonNode value) {
		String text = value.isTextual() ? value.asText() : value.toString();
		return "»" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "«";
	}

	/** Who calls, and whether they are an administrator or may read every process. */
	private static final class Caller {

		final ProcessEngine engine;
		final Authentication user;

		Caller(ProcessEngine engine, Authentication user) {
			this.engine = engine;
			this.user = user;
		}

		List<String> groups() {
			return user.getGroupIds() == null ? List.of() : user.getGroupIds();
		}

		boolean admin() {
			ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
			List<String> adminGroups = configuration.getAdminGroups() == null ? List.of() : configuration.getAdminGroups();
			List<String> adminUsers = configuration.getAdminUsers() == null ? List.of() : configuration.getAdminUsers();
			return adminUsers.contains(user.getUserId()) || groups().stream().anyMatch(adminGroups::contains);
		}

		boolean readsEveryProcess() {
			return engine.getAuthorizationService().isUserAuthorized(user.getUserId(), groups(), Permissions.READ,
					Resources.PROCESS_INSTANCE, "*");
		}
	}

	/** A request refused before the engine is asked. */
	static final class Refused extends RuntimeException {

		final int status;

		Refused(int status, String message) {
			super(message, null, false, false);
			this.status = status;
		}
	}
}
