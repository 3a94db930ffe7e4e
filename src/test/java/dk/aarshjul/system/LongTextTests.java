package dk.aarshjul.system;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.rest.dto.task.CompleteTaskDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.sub.task.impl.TaskResourceImpl;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.core.Response;

import dk.aarshjul.test.ApplicationTest;

/**
 * {@link LongTextScenario} on H2, in the application the process tests share. The REST API's own resource for
 * {@code submit-form} and its variable conversion run in the test's thread, as the user, with the project's mapping
 * of refusals; {@code LongTextIT} sends the same requests over HTTP to PostgreSQL.
 */
@ApplicationTest
class LongTextTests extends LongTextScenario {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	ProcessEngine engine;
	@Autowired
	IdentityService identity;
	@Autowired
	HistoryService historyService;

	@Override
	Answer submitForm(String user, String taskId, String body) {
		List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
		identity.setAuthentication(user, groups);
		try {
			CompleteTaskDto dto = JSON.readValue(body, CompleteTaskDto.class);
			Response response = new TaskResourceImpl(engine, taskId, "/engine-rest", JSON, false, false, false).submit(dto);
			return new Answer(response.getStatus(), null);
		}
		catch (RestException e) {
			Response response = new RefusedRequestMapper.RestFailures().toResponse(e);
			return new Answer(response.getStatus(), (String) ((java.util.Map<?, ?>) response.getEntity()).get("message"));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		finally {
			identity.clearAuthentication();
		}
	}

	@Override
	JsonNode restVariable(String processInstanceId, String name) {
		return JSON.valueToTree(VariableValueDto.fromTypedValue(runtime.getVariableTyped(processInstanceId, name)));
	}

	@Override
	JsonNode restHistoricVariable(String processInstanceId, String name) {
		return JSON.valueToTree(VariableValueDto.fromTypedValue(historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstanceId).variableName(name).singleResult().getTypedValue()));
	}
}
