package dk.aarshjul.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.aarshjul.agreement.Agreement;
import dk.aarshjul.agreement.AgreementDrafts;
import dk.aarshjul.agreement.AgreementService;
import dk.aarshjul.agreement.UnitAgreementProcess;
import dk.aarshjul.scope.Party;
import dk.aarshjul.system.ApiAccess;
import dk.aarshjul.system.EngineClock;
import dk.aarshjul.test.ApplicationTest;
import dk.aarshjul.test.ProcessTestSupport;
import dk.aarshjul.test.TestData;

/**
 * The audit trail of Borupgård Skole's agreement for 2027, driven as its people do it: the leader drafts, A-MED has
 * no remarks, the secretariat hands the approval to the centre chief, who sends it back once and then approves. Then
 * the engine's history cleanup, ten years on: the signed agreement and its trail in our records remain.
 */
@ApplicationTest
class AuditTests {

	private static final String UNIT = "borupgaard-skole";
	private static final int YEAR = 2027;
	private static final String LEADER = "leder-borupgaard-skole";
	private static final String CHIEF = "chef-skole";
	private static final String WORKS_COUNCIL = "amed-tr-borupgaard";
	private static final String SECRETARIAT = "sekretariat";

	@Autowired
	ProcessEngine engine;
	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;
	@Autowired
	ManagementService management;
	@Autowired
	HistoryService history;
	@Autowired
	IdentityService identity;
	@Autowired
	AgreementService agreements;
	@Autowired
	AuditController audit;
	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void tearDown() {
		identity.clearAuthentication();
		TestData.reset(runtime, jdbc);
	}

	@Test
	void anAgreementSentBackOnceThenApprovedLeavesItsTrailInDanishInTimeOrder() {
		ProcessInstance process = signWithOneReturn();

		List<AuditService.Line> trail = as(LEADER, () -> audit.trail(UNIT, null, null, null, "04.01.2027", "13.01.2027"));

		assertThat(trail).extracting(l -> l.time() + " " + l.text()).containsSubsequence(
				"05.01.2027 kl. 10:00 Steen Lund afsluttede opgaven »Udarbejd decentral aftale – Borupgård Skole«",
				"06.01.2027 kl. 11:00 Hanne Bach meddelte, at A-MED ingen bemærkninger har til den decentrale aftale 2027 for Borupgård Skole",
				"07.01.2027 kl. 12:00 Sofie Sekretær tildelte opgaven »Godkend decentral aftale – Borupgård Skole« til Bente Olesen",
				"08.01.2027 kl. 13:00 Bente Olesen sendte den decentrale aftale 2027 for Borupgård Skole tilbage: »Skærp målniveauet for læsning.«",
				"11.01.2027 kl. 09:00 Steen Lund udarbejdede den decentrale aftale 2027 for Borupgård Skole",
				"12.01.2027 kl. 10:00 Hanne Bach meddelte, at A-MED ingen bemærkninger har til den decentrale aftale 2027 for Borupgård Skole",
				"13.01.2027 kl. 14:00 Bente Olesen godkendte den decentrale aftale 2027 for Borupgård Skole");
		assertThat(trail).as("each step once: the approval as the record says it, not again as the engine's task")
			.filteredOn(l -> l.text().contains("godkendte") || l.text().contains("Godkend decentral aftale«")
					&& l.text().contains("afsluttede"))
			.extracting(AuditService.Line::text).containsExactly("Bente Olesen godkendte den decentrale aftale 2027 for Borupgård Skole");
		assertThat(trail).extracting(AuditService.Line::at).isSortedAccordingTo(String::compareTo);
		assertThat(trail).filteredOn(l -> l.text().contains("tilbage")).singleElement()
			.satisfies(l -> {
				assertThat(l.source()).isEqualTo("ENGINE");
				assertThat(l.actor()).isEqualTo(CHIEF);
				assertThat(l.actorName()).isEqualTo("Bente Olesen");
			});
		assertThat(trail).filteredOn(l -> l.text().endsWith("godkendte den decentrale aftale 2027 for Borupgård Skole"))
			.singleElement().satisfies(l -> assertThat(l.source()).isEqualTo("RECORD"));
		assertThat(process.getId()).isNotNull();

		// The centre chief and the director read it; the secretariat searches by year and person.
		assertThat(as(CHIEF, () -> audit.trail(UNIT, null, null, null, null, null))).isNotEmpty();
		assertThat(as("direktor-born", () -> audit.trail(UNIT, null, null, null, null, null))).isNotEmpty();
		List<AuditService.Line> chiefs = as(SECRETARIAT, () -> audit.trail(null, "2027", UNIT, CHIEF, "04.01.2027", "2027-01-13"));
		assertThat(chiefs).extracting(AuditService.Line::text).containsExactly(
				"Bente Olesen sendte den decentrale aftale 2027 for Borupgård Skole tilbage: »Skærp målniveauet for læsning.«",
				"Bente Olesen godkendte den decentrale aftale 2027 for Borupgård Skole");
		assertThat(as(SECRETARIAT, () -> audit.trail(null, null, null, null, "13.01.2027", "13.01.2027")))
			.extracting(AuditService.Line::text).contains("Bente Olesen godkendte den decentrale aftale 2027 for Borupgård Skole")
			.noneMatch(t -> t.contains("tilbage"));
	}

	@Test
	void onlyTheUnitsReadersSeeItsTrailAndOnlyTheSecretariatSearches() {
		assertRefused("leder-hellebaek-skole", () -> audit.trail(UNIT, null, null, null, null, null),
				ApiAccess.Forbidden.class, "Du kan kun se historikken for de enheder, du leder eller har ansvar for.");
		assertRefused("direktor-by", () -> audit.trail(UNIT, null, null, null, null, null),
				ApiAccess.Forbidden.class, "Du kan kun se historikken for de enheder, du leder eller har ansvar for.");
		assertRefused(LEADER, () -> audit.trail(null, "2027", null, null, null, null), ApiAccess.Forbidden.class,
				"Kun sekretariatet kan søge i hele historikken; en enheds historik findes under /api/audit?unit=.");
		assertRefused(CHIEF, () -> audit.trail(null, null, UNIT, null, null, null), ApiAccess.Forbidden.class,
				"Kun sekretariatet kan søge i hele historikken; en enheds historik findes under /api/audit?unit=.");
		assertRefused(SECRETARIAT, () -> audit.trail("findes-ikke", null, null, null, null, null), ApiAccess.NotFound.class,
				"Enheden 'findes-ikke' findes ikke.");
		assertRefused(SECRETARIAT, () -> audit.trail(null, null, null, null, null, null), AuditController.Refused.class,
				"Angiv mindst ét af år, part, bruger, fra eller til, fx /api/audit?year=2027.");
		assertRefused(SECRETARIAT, () -> audit.trail(null, null, null, null, "03/01/2027", null), AuditController.Refused.class,
				"Datoen i »fra« kan ikke læses: »03/01/2027«. Skriv den som dd.mm.åååå, fx 01.03.2027.");
		assertRefused(SECRETARIAT, () -> audit.trail(null, "27", null, null, null, null), AuditController.Refused.class,
				"Året skal skrives med fire cifre, fx 2027, ikke »27«.");
	}

	/**
	 * The engine keeps a finished agreement's history for its time-to-live (ten years) and then removes it; the signed
	 * agreement, its goals and who approved it when are records of their own and stay.
	 */
	@Test
	void afterTheEnginesHistoryCleanupTheSignedAgreementItsGoalsAndApprovalRemain() {
		ProcessInstance process = signWithOneReturn();
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(process.getId()).singleResult().getRemovalTime())
			.as("removal time: the end of the process plus its history time-to-live, ten years")
			.isEqualTo(Date.from(moment(1, 13, 14).toInstant().plus(java.time.Duration.ofDays(3650))));

		ClockUtil.setCurrentTime(Date.from(moment(1, 13, 14).toInstant().plus(java.time.Duration.ofDays(3651))));
		boolean enabled = configuration.isHistoryCleanupEnabled();
		configuration.setHistoryCleanupEnabled(true);
		try {
			Job cleanup = history.cleanUpHistoryAsync(true);
			management.executeJob(cleanup.getId());
		}
		finally {
			configuration.setHistoryCleanupEnabled(enabled);
			history.findHistoryCleanupJobs().forEach(j -> management.deleteJob(j.getId()));
		}

		assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(process.getId()).count())
			.as("the engine's history of the process is gone").isZero();
		assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(process.getId()).count()).isZero();
		assertThat(history.createUserOperationLogQuery().processInstanceId(process.getId()).count()).isZero();
		Agreement signed = agreements.agreementsOf("helsingor", Party.UNIT, UNIT).stream().filter(a -> a.year() == YEAR)
			.findFirst().orElseThrow();
		assertThat(signed.status()).isEqualTo(Agreement.Status.APPROVED);
		assertThat(signed.decidedBy()).isEqualTo(CHIEF);
		assertThat(signed.draftedBy()).isEqualTo(LEADER);
		assertThat(signed.approvedAt().toInstant()).isEqualTo(moment(1, 13, 14).toInstant());
		assertThat(signed.goals()).hasSize(2).allSatisfy(g -> assertThat(g.title()).isNotBlank());
		assertThat(as(LEADER, () -> audit.trail(UNIT, null, null, null, "04.01.2027", "13.01.2027")))
			.as("the records' trail remains; the engine's (the return, the handover) went with its history")
			.extracting(l -> l.time() + " " + l.text()).containsSubsequence(
					"11.01.2027 kl. 09:00 Steen Lund udarbejdede den decentrale aftale 2027 for Borupgård Skole",
					"13.01.2027 kl. 14:00 Bente Olesen godkendte den decentrale aftale 2027 for Borupgård Skole")
			.noneMatch(t -> t.contains("tilbage") || t.contains("tildelte"));
	}

	/** The retention policy as deployed: ten years for governance, 90 days for the morning check, at night. */
	@Test
	void everyProcessKeepsItsHistoryForTheStatedTimeAndTheCleanupRunsAtNight() {
		assertThat(engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list())
			.isNotEmpty().allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey())
				.isEqualTo(d.getKey().equals("deadline-watch") ? 90 : 3650));
		assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().latestVersion().list())
			.isNotEmpty().allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(180));
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
		assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
		assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
		assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
	}

	/** Drives the agreement through the engine's Java API as each person, a day (and an hour) apart. */
	private ProcessInstance signWithOneReturn() {
		at(1, 4, 9);
		ProcessInstance process = runtime.startProcessInstanceByKey(UnitAgreementProcess.KEY, YEAR + ":" + UNIT,
				Map.of("municipality", "helsingor", "year", YEAR, "unit", UNIT));
		ProcessTestSupport.executeJobs(management);
		at(1, 5, 10);
		Map<String, Object> draft = AgreementDrafts.valid(runtime, process.getId(), YEAR);
		act(LEADER, () -> claimAndComplete(process, UnitAgreementProcess.TASK_DRAFT, LEADER, draft));
		at(1, 6, 11);
		act(WORKS_COUNCIL, () -> claimAndComplete(process, UnitAgreementProcess.TASK_MED_STATEMENT, WORKS_COUNCIL,
				ProcessTestSupport.noRemarks()));
		at(1, 7, 12);
		act(SECRETARIAT, () -> tasks.setAssignee(task(process, UnitAgreementProcess.TASK_APPROVE), CHIEF));
		at(1, 8, 13);
		act(CHIEF, () -> tasks.complete(task(process, UnitAgreementProcess.TASK_APPROVE), Map.of(
				UnitAgreementProcess.Var.DECISION, "return", UnitAgreementProcess.Var.RETURN_COMMENT,
				"Skærp målniveauet for læsning.")));
		at(1, 11, 9);
		act(LEADER, () -> claimAndComplete(process, UnitAgreementProcess.TASK_DRAFT, LEADER, draft));
		at(1, 12, 10);
		act(WORKS_COUNCIL, () -> claimAndComplete(process, UnitAgreementProcess.TASK_MED_STATEMENT, WORKS_COUNCIL,
				ProcessTestSupport.noRemarks()));
		at(1, 13, 14);
		act(CHIEF, () -> claimAndComplete(process, UnitAgreementProcess.TASK_APPROVE, CHIEF,
				Map.of(UnitAgreementProcess.Var.DECISION, "approve")));
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(process.getId()).count()).isZero();
		return process;
	}

	private void claimAndComplete(ProcessInstance process, String taskKey, String user, Map<String, Object> variables) {
		String task = task(process, taskKey);
		tasks.claim(task, user);
		tasks.complete(task, variables);
	}

	private String task(ProcessInstance process, String taskKey) {
		return tasks.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey(taskKey).singleResult().getId();
	}

	private static java.time.ZonedDateTime moment(int month, int day, int hour) {
		return LocalDateTime.of(YEAR, month, day, hour, 0).atZone(EngineClock.DANISH_TIME);
	}

	private static void at(int month, int day, int hour) {
		ClockUtil.setCurrentTime(Date.from(moment(month, day, hour).toInstant()));
	}

	private <T> T as(String user, Supplier<T> action) {
		List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
		identity.setAuthentication(user, groups);
		try {
			return action.get();
		}
		finally {
			identity.clearAuthentication();
		}
	}

	private void act(String user, Runnable action) {
		as(user, () -> {
			action.run();
			return null;
		});
	}

	private void assertRefused(String user, Runnable call, Class<? extends RuntimeException> refusal, String message) {
		assertThatThrownBy(() -> act(user, call)).isInstanceOf(refusal).hasMessage(message);
	}

}
